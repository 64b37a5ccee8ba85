import java.util.*;

public class Fixture {
  public static String target(String[] names) {
    Hashtable<Integer, String> byLength = new Hashtable<>();
    try {
      for (String n : names) byLength.put(n == null ? -1 : n.length(), n);
    } catch (NullPointerException e) {
      return "rejected";
    }
    return new TreeMap<>(byLength).toString();
  }

  public static String check() {
    return target(new String[] {"ab", null, "c"}) + "\n" + target(new String[] {"ab", "c"}) + "\n";
  }
}
