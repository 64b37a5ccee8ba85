package weaving.jacquard;

import java.util.function.Supplier;

public final class MotifFinderWorkload {
  public static Supplier<Object> workload() {
    StringBuilder chain = new StringBuilder();
    for (int i = 0; i < 30_000; i++) {
      chain.append(i % 997 == 996 ? 'x' : 'o');
    }
    String motif = "o".repeat(250) + "x";
    String cards = chain.toString();
    MotifFinder finder = new MotifFinder();
    return () -> finder.find(cards, motif);
  }
}
