package zoo.keepers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

public class FeedingRounds {

  public record Feed(String keeper, String enclosure, String species, String food, int grams) {}

  /**
   * The species each keeper fed, each species once, in the order the keeper first fed it; keepers
   * in the order they first appear in the log. Feeds of zero grams (a refused meal) still count.
   */
  public Map<String, List<String>> speciesByKeeper(List<Feed> log) {
    var result = new LinkedHashMap<String, List<String>>();
    for (var feed : log) {
      var species = result.computeIfAbsent(feed.keeper(), keeper -> new ArrayList<>());
      if (!species.contains(feed.species())) {
        species.add(feed.species());
      }
    }
    return result;
  }
}
