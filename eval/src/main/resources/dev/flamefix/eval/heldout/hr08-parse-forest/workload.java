package lang.toolchain.grammar;

import java.util.function.Supplier;

public final class AmbiguityCounterWorkload {
  public static Supplier<Object> workload() {
    String expression = "a + b * c - d / e ^ f = g - h * i + j / k * l";
    return () -> AmbiguityCounter.countParses(expression);
  }
}
