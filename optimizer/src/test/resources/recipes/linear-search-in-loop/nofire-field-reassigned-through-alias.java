import java.util.*;

public class Fixture {
  private List<String> quarantined = new ArrayList<>(List.of("seed-a"));

  /** Swaps the list: any method of the class may reassign a non-final field that is not set only in construction. */
  void rotate() {
    quarantined = new ArrayList<>(List.of("seed-b"));
  }

  int target(List<String> lots, Fixture registry) {
    int kept = 0;
    for (String lot : lots) {
      if (!quarantined.contains(lot)) kept++;
      registry.rotate();
    }
    return kept;
  }

  public static String check() {
    Fixture f = new Fixture();
    StringBuilder out = new StringBuilder();
    out.append(f.target(List.of("seed-a", "seed-b", "seed-c"), f)).append('\n');
    return out.toString();
  }
}
