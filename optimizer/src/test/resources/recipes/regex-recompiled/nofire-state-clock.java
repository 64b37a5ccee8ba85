import java.util.*;
import java.util.regex.Pattern;

public class Fixture {
  private final String prefix = "log-";

  // The regex reads the clock through a helper: it may differ on every call.
  public int target(List<String> names) {
    int n = 0;
    for (String name : names) if (Pattern.compile(prefix + stamp() + ".*").matcher(name).matches()) n++;
    return n;
  }

  private String stamp() {
    return String.valueOf(System.nanoTime() % 1);
  }

  public static String check() {
    return String.valueOf(new Fixture().target(List.of("log-0a", "x")));
  }
}
