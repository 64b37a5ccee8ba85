package zoo.keepers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

public class FeedingRounds {

  public record Feed(String keeper, String enclosure, String species, String food, int grams) {}

  /**
   * The species each keeper fed, each species once, in the order the keeper first fed it; keepers
   * in the order they first appear in the log. Feeds of zero grams (a refused meal) still count.
   */
  public Map<String, List<String>> speciesByKeeper(List<Feed> log) {
    var seen = new LinkedHashMap<String, Set<String>>();
    for (var feed : log) {
      seen.computeIfAbsent(feed.keeper(), keeper -> new LinkedHashSet<>()).add(feed.species());
    }
    var result = new LinkedHashMap<String, List<String>>();
    seen.forEach((keeper, species) -> result.put(keeper, new ArrayList<>(species)));
    return result;
  }
}
