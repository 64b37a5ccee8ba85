// refuses: may share its list
import java.util.*;

public class Fixture {
  public record Tag(String ring, int year) {}

  /**
   * Ringing station: a bird seen again matches the tags issued so far, and every sighting issues a
   * tag. 'issued' is a read-only view of 'log', which the loop grows: an index of 'issued' built
   * before the loop would miss the tags added during it.
   */
  public static int target(List<Tag> sightings, List<Tag> earlier) {
    List<Tag> log = new ArrayList<>(earlier);
    List<Tag> issued = Collections.unmodifiableList(log);
    int recaptures = 0;
    for (Tag seen : sightings) {
      for (Tag t : issued) {
        if (t.ring().equals(seen.ring())) {
          recaptures += 1;
        }
      }
      log.add(new Tag(seen.ring(), seen.year()));
    }
    return recaptures;
  }

  public static String check() {
    List<Tag> s = List.of(new Tag("A1", 2020), new Tag("B2", 2021), new Tag("A1", 2022), new Tag("A1", 2023));
    return target(s, List.of(new Tag("B2", 2019))) + " " + target(s, List.of());
  }
}
