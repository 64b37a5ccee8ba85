import java.util.*;

public class Fixture {
  public static int target(HashMap<String, Integer> aliases) {
    int hits = 0;
    for (String name : aliases.keySet()) {
      name = name.toLowerCase();
      Integer v = aliases.get(name);
      if (v != null) hits += v;
    }
    return hits;
  }
}
