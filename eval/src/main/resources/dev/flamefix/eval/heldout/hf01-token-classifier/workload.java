package lang.toolchain.lexer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

public final class TokenStatsWorkload {
  public static Supplier<Object> workload() {
    String[] source = {"fn", "main", "(", ")", "{", "let", "mut", "total", "=", "0", ";", "for", "i", "in",
        "0", "..", "1024", "{", "total", "+=", "weight_of", "(", "i", ")", ";", "}", "return", "total", "}"};
    List<String> tokens = new ArrayList<>();
    for (int i = 0; i < 40_000; i++) {
      tokens.add(source[i % source.length]);
    }
    return () -> TokenStats.classify(tokens);
  }
}
