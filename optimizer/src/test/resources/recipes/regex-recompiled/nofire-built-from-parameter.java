import java.util.*;
import java.util.regex.Pattern;

public class Fixture {
  // The regex depends on each element: nothing to keep between calls.
  public int target(List<String> codes, String text) {
    int n = 0;
    for (String code : codes) {
      if (Pattern.compile("\\b" + Pattern.quote(code) + "\\b").matcher(text).find()) n++;
    }
    return n;
  }

  public static String check() {
    return String.valueOf(new Fixture().target(List.of("AB", "CD"), "AB x CDE"));
  }
}
