import java.util.*;

public class Fixture {
  public static String target(String[] queries, String[] dictionary) {
    StringBuilder out = new StringBuilder();
    for (String q : queries) {
      for (String d : dictionary) {
        if (d.equals(q)) {
          out.append(d).append(',');
          break;
        }
      }
    }
    return out.toString();
  }

  public static String check() {
    return target(new String[] {"Apple", "pear"}, new String[] {"Apple", "PEAR"}) + "\n";
  }
}
