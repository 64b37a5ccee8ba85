import java.util.*;

public class Fixture {
  static final List<Fixture> REGISTRY = new ArrayList<>();
  private final Vector<Long> sizes = new Vector<>();

  Fixture(long... s) {
    REGISTRY.add(this);
    for (long x : s) sizes.add(x);
  }

  long target() {
    long total = 0;
    for (int i = 0; i < sizes.size(); i++) total += sizes.get(i);
    return total;
  }

  public static String check() {
    return String.valueOf(new Fixture(4, 5).target());
  }
}
