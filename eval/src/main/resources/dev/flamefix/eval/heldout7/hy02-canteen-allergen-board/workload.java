package canteen.menu;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

public final class AllergenBoardWorkload {
  public static Supplier<Object> workload() {
    AllergenBoard.Allergen[] all = AllergenBoard.Allergen.values();
    List<AllergenBoard.Dish> dishes = new ArrayList<>();
    for (int i = 0; i < 1_000; i++) {
      Set<AllergenBoard.Allergen> contains = EnumSet.noneOf(AllergenBoard.Allergen.class);
      for (int k = 0; k < i % 4; k++) {
        contains.add(all[(i * 5 + k * 3) % all.length]);
      }
      dishes.add(new AllergenBoard.Dish("dish " + i, contains));
    }
    Map<String, Set<AllergenBoard.Allergen>> pupils = new LinkedHashMap<>();
    for (int p = 0; p < 40; p++) {
      pupils.put("pupil " + p, p % 3 == 0 ? EnumSet.of(all[p % all.length]) : EnumSet.noneOf(AllergenBoard.Allergen.class));
    }
    AllergenBoard board = new AllergenBoard();
    return () -> board.labels(dishes, pupils);
  }
}
