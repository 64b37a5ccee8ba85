import java.util.*;

public class Fixture {
  private static final String RULE = "[A-Z]{3}-\\d{4}";

  // The parameter named RULE hides the constant: the regex is whatever the caller passes.
  public static int target(List<String> codes, String RULE) {
    int valid = 0;
    for (String code : codes) {
      if (code.matches(RULE)) valid++;
    }
    return valid;
  }

  public static String check() {
    return target(List.of("ABC-1234", "a1"), "a\\d") + "," + target(List.of("ABC-1234"), RULE);
  }
}
