import java.util.*;

public class Fixture {
  static final List<Fixture> LIVE = new ArrayList<>();

  private final List<String> blockedCallers = new ArrayList<>();

  Fixture() {
    LIVE.add(this);
  }

  /** A zero-argument static call that reaches every live instance's private list. */
  static void escalate() {
    for (Fixture f : LIVE) f.blockedCallers.add("+155");
  }

  int target(List<String> callers) {
    int answered = 0;
    for (String c : callers) {
      if (!blockedCallers.contains(c)) answered++;
      Fixture.escalate();
    }
    return answered;
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(new Fixture().target(List.of("+1", "+155", "+155"))).append('\n');
    return out.toString();
  }
}
