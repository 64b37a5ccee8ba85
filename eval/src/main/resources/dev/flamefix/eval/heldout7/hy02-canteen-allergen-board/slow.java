package canteen.menu;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

public class AllergenBoard {

  /** The fourteen allergens a school must declare, in the order the board lists them. */
  public enum Allergen {
    CELERY, GLUTEN, CRUSTACEANS, EGGS, FISH, LUPIN, MILK, MOLLUSCS, MUSTARD, NUTS, PEANUTS, SESAME,
    SOYA, SULPHITES
  }

  public record Dish(String name, Set<Allergen> allergens) {}

  /**
   * One board line per dish: its name, the codes (first two letters) of the allergens it contains
   * that some pupil today must avoid, and how many of today's pupils can eat it.
   */
  public List<String> labels(List<Dish> dishes, Map<String, Set<Allergen>> avoidedByPupil) {
    Allergen[] order = Allergen.values();
    List<EnumSet<Allergen>> restrictions = new ArrayList<>(avoidedByPupil.size());
    EnumSet<Allergen> watched = EnumSet.noneOf(Allergen.class);
    for (Collection<Allergen> avoided : avoidedByPupil.values()) {
      EnumSet<Allergen> set = avoided.isEmpty() ? EnumSet.noneOf(Allergen.class) : EnumSet.copyOf(avoided);
      restrictions.add(set);
      watched.addAll(set);
    }
    List<String> lines = new ArrayList<>(dishes.size());
    for (Dish dish : dishes) {
      EnumSet<Allergen> contains = dish.allergens().isEmpty()
          ? EnumSet.noneOf(Allergen.class) : EnumSet.copyOf(dish.allergens());
      StringJoiner codes = new StringJoiner(",", "[", "]");
      for (Allergen allergen : order) {
        if (watched.contains(allergen) && contains.contains(allergen)) {
          codes.add(allergen.name().substring(0, 2));
        }
      }
      int canEat = 0;
      for (EnumSet<Allergen> avoided : restrictions) {
        boolean safe = true;
        for (Allergen allergen : contains) {
          if (avoided.contains(allergen)) {
            safe = false;
            break;
          }
        }
        if (safe) {
          canEat++;
        }
      }
      lines.add(dish.name() + " " + codes + " suits " + canEat + "/" + restrictions.size());
    }
    return lines;
  }
}
