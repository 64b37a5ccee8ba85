import java.util.*;

public class Fixture {
  public static String target(int[] codes) {
    StringBuilder sb = new StringBuilder();
    for (int c : codes) {
      try {
        Integer boxed = Integer.valueOf(c);
        sb.append(boxed);
      } catch (NumberFormatException e) {
        sb.append('?');
      }
    }
    return sb.toString();
  }

  public static String check() {
    return target(new int[] {1, 2, 3});
  }
}
