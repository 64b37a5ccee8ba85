// refuses: may share its list with another variable
import java.util.*;

public class Fixture {
  record Hive(String id, int frames) {}

  public static int target(List<String> visits) {
    List<Hive> added = new ArrayList<>();
    List<Hive> apiary = added;
    int frames = 0;
    for (String v : visits) {
      Optional<Hive> h = apiary.stream().filter(x -> x.id().equals(v)).findFirst();
      if (h.isPresent()) frames += h.get().frames(); else added.add(new Hive(v, 10));
    }
    return frames;
  }

  public static String check() {
    return String.valueOf(target(List.of("h1", "h1", "h2", "h1")));
  }
}
