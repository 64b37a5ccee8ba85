import java.util.*;

public class Fixture {
  public static int target(TreeMap<String, Integer> stock) {
    int moved = 0;
    for (String shelf : stock.keySet()) {
      int n = stock.get(shelf);
      stock.put(shelf, n / 2);
      moved += n - stock.get(shelf);
    }
    return moved;
  }
}
