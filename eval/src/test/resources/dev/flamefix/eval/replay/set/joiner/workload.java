package replayset.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/** Driver: fixed cases decide equivalence; 3000 words time the versions. */
public final class JoinerWorkload {
  private JoinerWorkload() {}

  public static String check() {
    List<List<String>> cases = List.of(List.of(), List.of("a"), List.of("a", "b"), List.of("", "x"),
        List.of("x", "", "y"), Arrays.asList("n", null), List.of("", ""));
    StringBuilder out = new StringBuilder();
    for (List<String> c : cases) {
      out.append('[').append(Joiner.join(c)).append(']');
    }
    return out.toString();
  }

  public static Supplier<Object> workload() {
    List<String> words = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      words.add("label-" + i);
    }
    return () -> Joiner.join(words);
  }
}
