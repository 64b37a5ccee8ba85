import java.util.*;

public class Fixture {
  public static int target(Map<String, Integer> votes) {
    int kept = 0;
    for (String party : votes.keySet()) {
      kept += votes.get(party);
      Collections.unmodifiableMap(votes).size();
    }
    return kept;
  }
}
