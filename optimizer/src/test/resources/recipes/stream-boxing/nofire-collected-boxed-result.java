import java.util.*;
import java.util.stream.*;

public class Fixture {
  record Hop(String variety, double alphaAcid) {}

  /** The boxed maximum is kept as a box: it is the list's own object, a rewrite would box a new one. */
  public static boolean target(List<Hop> hops, Double previous) {
    List<Double> acids = hops.stream().map(h -> h.alphaAcid() * 1.0).collect(Collectors.toList());
    Double top = acids.stream().max(Double::compare).orElse(previous);
    return top == previous || acids.isEmpty();
  }
}
