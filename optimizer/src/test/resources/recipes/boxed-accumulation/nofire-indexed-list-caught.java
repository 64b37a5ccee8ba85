// A catch in the method would see the partial sums the original wrote before the exception: refused.
import java.util.*;

public class Fixture {
  public static String target(int[] bins, int[] grams) {
    List<Integer> weight = new ArrayList<>();
    for (int b = 0; b < 3; b++) weight.add(0);
    try {
      for (int i = 0; i < bins.length; i++) {
        int bin = bins[i];
        weight.set(bin, weight.get(bin) + grams[i]);
      }
    } catch (IndexOutOfBoundsException e) {
      return "partial " + weight;
    }
    return weight.toString();
  }

  public static String check() {
    return target(new int[] {0, 1, 9}, new int[] {5, 6, 7});
  }
}
