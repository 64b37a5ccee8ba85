// refuses: the loop has a method reference
import java.util.*;
import java.util.function.Consumer;

public class Fixture {
  record Reel(String title, int minutes) {}

  public static int target(List<Reel> reels, List<String> titles, Consumer<Reel> onMiss) {
    int total = 0;
    for (String t : titles) {
      Optional<Reel> r = reels.stream().filter(x -> x.title().equals(t)).findFirst();
      total += r.map(Reel::minutes).orElse(0);
    }
    return total;
  }

  public static String check() {
    return String.valueOf(target(List.of(new Reel("m", 90)), List.of("m", "n"), r -> {}));
  }
}
