import java.util.*;

public class Fixture {
  // Built at class initialisation from the environment: not known when the class is compiled.
  private static final String TAG = System.getProperty("fixture.tag", "[a-z]+");

  public static int target(List<String> words) {
    int n = 0;
    for (String w : words) {
      if (w.matches(TAG)) n++;
    }
    return n;
  }

  public static String check() {
    return String.valueOf(target(List.of("abc", "A1", "")));
  }
}
