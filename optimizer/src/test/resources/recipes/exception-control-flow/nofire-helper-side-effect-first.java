import java.util.*;

public class Fixture {
  static final List<String> audit = new ArrayList<>();

  public static int target(List<String> fields) {
    int numeric = 0;
    for (String f : fields) {
      if (isAmount(f)) numeric++;
    }
    return numeric + audit.size();
  }

  static boolean isAmount(String text) {
    try {
      audit.add(text);
      Double.parseDouble(text);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  public static String check() {
    return String.valueOf(target(Arrays.asList("1.0", "x")));
  }
}
