// refuses: could change 'rolls'
import java.util.*;

public class Fixture {
  record Roll(String film, int frames) {}

  static List<Roll> shelf = new ArrayList<>();

  static void restock(String film) {
    shelf.add(new Roll(film, 36));
  }

  public static int target(List<Roll> rolls, List<String> films) {
    int frames = 0;
    for (String film : films) {
      Optional<Roll> r = rolls.stream().filter(x -> x.film().equals(film)).findFirst();
      if (r.isPresent()) frames += r.get().frames(); else restock(film);
    }
    return frames;
  }

  public static String check() {
    shelf = new ArrayList<>();
    return String.valueOf(target(shelf, List.of("k", "k")));
  }
}
