import java.util.*;

public class Fixture {
  static final class Sku {
    final String code;
    Sku(String code) { this.code = code; }
    @Override public boolean equals(Object o) { return o instanceof Sku s && s.code.equalsIgnoreCase(code); }
  }

  public static int target(List<Sku> skus) {
    List<Sku> distinct = new ArrayList<>();
    for (Sku s : skus) {
      if (!distinct.contains(s)) distinct.add(s);
    }
    return distinct.size();
  }

  public static String check() {
    return String.valueOf(target(List.of(new Sku("a"), new Sku("A"))));
  }
}
