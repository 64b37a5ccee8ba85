import java.util.*;

public class Fixture {
  public static String target(List<String> lines, String header) {
    StringBuilder sb = new StringBuilder();
    for (String line : lines) {
      String[] cols = header.split(",");
      cols[0] = line;
      sb.append(String.join("|", cols)).append(';');
    }
    return sb.toString();
  }

  public static String check() {
    return target(List.of("a", "b"), "id,name");
  }
}
