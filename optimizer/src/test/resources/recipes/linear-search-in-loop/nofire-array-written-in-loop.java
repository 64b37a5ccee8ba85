import java.util.*;

public class Fixture {
  public static int target(String[] names, String[] seen) {
    int dupes = 0;
    for (int i = 0; i < names.length; i++) {
      String n = names[i];
      boolean found = false;
      for (String s : seen) {
        if (s.equals(n)) {
          found = true;
          break;
        }
      }
      if (found) dupes++;
      seen[i % seen.length] = n;
    }
    return dupes;
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(target(new String[] {"a", "b", "a", "c", "b"}, new String[] {"z", "z"})).append('\n');
    return out.toString();
  }
}
