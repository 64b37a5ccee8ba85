import java.util.*;

public class Fixture {
  public static String target(List<String> visits) {
    Map<String, Integer> recent = new LinkedHashMap<>(16, 0.75f, true);
    for (String v : visits) recent.merge(v, 1, Integer::sum);
    StringBuilder sb = new StringBuilder();
    for (String page : recent.keySet()) sb.append(page).append(recent.get(page));
    return sb.toString();
  }
}
