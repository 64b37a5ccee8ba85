import java.util.*;

public class Fixture {
  public static int target(String[] paths) {
    int total = 0;
    for (String p : paths) {
      List<String> parts = segments(p);
      parts.add("end");
      total += parts.size();
    }
    return total;
  }

  private static List<String> segments(String path) {
    List<String> out = new ArrayList<>();
    for (String s : path.split("/")) if (!s.isEmpty()) out.add(s);
    return out;
  }

  public static String check() {
    return String.valueOf(target(new String[] {"/a/b", "/a/b", "c"}));
  }
}
