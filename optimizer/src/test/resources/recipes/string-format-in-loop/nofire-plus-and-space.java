// "%+ d" throws IllegalFormatFlagsException in Formatter; a rewrite would print instead: refused.
import java.util.ArrayList;
import java.util.List;

public class Fixture {
  public static List<String> target(int[] deltas) {
    List<String> out = new ArrayList<>();
    for (int d : deltas) {
      try {
        out.add(String.format("%+ d", d));
      } catch (RuntimeException e) {
        out.add(e.getClass().getSimpleName());
      }
    }
    return out;
  }

  public static String check() {
    return String.join(";", target(new int[] {1, -1}));
  }
}
