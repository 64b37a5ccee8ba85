import java.util.*;

public class Fixture {
  public static String target(int[] xs) {
    Hashtable<Integer, Integer> seen = new Hashtable<>();
    for (int x : xs) seen.put(x % 97, x);
    StringBuilder out = new StringBuilder();
    for (Integer k : seen.keySet()) out.append(k).append(' ');
    return out.toString();
  }

  public static String check() {
    return target(new int[] {3, 200, 97, 50, 1000}) + "\n";
  }
}
