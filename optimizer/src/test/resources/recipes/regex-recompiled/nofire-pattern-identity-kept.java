import java.util.*;
import java.util.regex.Pattern;

public class Fixture {
  private final String prefix = "ord-";
  private final List<Pattern> seen = new ArrayList<>();

  // The compiled Pattern itself is stored: a kept instance would make the list hold one object.
  public int target(List<String> ids) {
    int n = 0;
    for (String id : ids) {
      Pattern p = Pattern.compile(prefix + "\\d+");
      seen.add(p);
      if (p.matcher(id).matches()) n++;
    }
    return n * 100 + new HashSet<>(seen).size();
  }

  public static String check() {
    return String.valueOf(new Fixture().target(List.of("ord-1", "x", "ord-22")));
  }
}
