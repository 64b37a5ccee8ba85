import java.util.*;

public class Fixture {
  /**
   * Wind farm: a blade is due when never scanned (null) or worn. {@code Blade::due} is a static
   * method that accepts null, so findFirst can select a null element (NullPointerException) where
   * anyMatch would answer true.
   */
  static final class Blade {
    final int wear;

    Blade(int wear) {
      this.wear = wear;
    }

    static boolean due(Blade b) {
      return b == null || b.wear > 50;
    }
  }

  public static boolean target(List<Blade> blades) {
    return blades.stream().filter(Blade::due).findFirst().isPresent();
  }

  public static String check() {
    return String.valueOf(target(Arrays.asList(new Blade(1), null)));
  }
}
