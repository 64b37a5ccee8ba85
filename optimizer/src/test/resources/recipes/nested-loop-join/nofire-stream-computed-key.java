// refuses: not exactly one key test
import java.util.*;

public class Fixture {
  static final class Badge {
    private String code;
    Badge(String code) { this.code = code; }
    String code() { return code.trim(); }
  }

  public static int target(List<Badge> badges, List<String> codes) {
    int found = 0;
    for (String c : codes) {
      if (badges.stream().anyMatch(b -> b.code().equals(c))) found++;
    }
    return found;
  }

  public static String check() {
    return String.valueOf(target(List.of(new Badge(" q ")), List.of("q", "r")));
  }
}
