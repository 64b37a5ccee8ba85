import java.util.List;

public class Fixture {
  /** The format runs for each bell but its text is thrown away (a void lambda): nothing to rewrite into. */
  public static int target(List<Integer> bells) {
    bells.forEach(b -> "bell %02d".formatted(b));
    return bells.size();
  }

  public static String check() {
    return String.valueOf(target(List.of(1, 2)));
  }
}
