import java.util.*;

public class Fixture {
  static final class CountingMap extends HashMap<String, Integer> {
    int lookups;

    @Override
    public Integer get(Object key) {
      lookups++;
      return super.get(key);
    }
  }

  public static int target(CountingMap prices) {
    int sum = 0;
    for (String item : prices.keySet()) sum += prices.get(item);
    return sum + prices.lookups;
  }
}
