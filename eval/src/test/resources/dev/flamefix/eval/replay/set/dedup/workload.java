package replayset.names;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/** Driver: fixed cases decide equivalence; 3000 names with repeats time the versions. */
public final class DedupWorkload {
  private DedupWorkload() {}

  public static String check() {
    List<List<String>> cases = List.of(List.of(), List.of("b", "a", "b"), List.of("zed", "amy", "kim", "amy", "zed"),
        Arrays.asList("x", null, "x", null), List.of("Bob", "bob", "BOB"));
    StringBuilder out = new StringBuilder();
    for (List<String> c : cases) {
      out.append(Dedup.distinct(c));
    }
    return out.toString();
  }

  public static Supplier<Object> workload() {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      names.add("customer-" + (i * 7919 % 2000));
    }
    return () -> Dedup.distinct(names);
  }
}
