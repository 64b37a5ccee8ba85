import java.util.*;

public class Fixture {
  static final List<String> LOG = new ArrayList<>();

  /**
   * Its constructor calls back into target while the enum is being initialised: valueOf then finds
   * no constants yet and throws IllegalArgumentException (caught: "no"), whereas a names holder
   * built at that moment would fail with an Error outside the try.
   */
  enum Shift {
    EARLY, LATE, NIGHT;

    Shift() {
      LOG.add(name() + ":" + target(name()));
    }
  }

  public static String target(String shift) {
    try {
      Shift.valueOf(shift);
      return "yes";
    } catch (IllegalArgumentException e) {
      return "no";
    }
  }

  public static String check() {
    String first;
    try {
      // The enum is initialised by this constant reference, not by valueOf.
      first = Shift.NIGHT.ordinal() + target("LATE");
    } catch (Throwable t) {
      first = "threw " + t.getClass().getSimpleName();
    }
    return first + " " + target("brunch") + " " + LOG;
  }
}
