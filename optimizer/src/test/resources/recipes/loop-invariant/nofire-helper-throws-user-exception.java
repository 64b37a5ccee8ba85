import java.util.*;

public class Fixture {
  static final class PlanError extends RuntimeException {
    static int created;
    PlanError(String m) { super(m); created++; }
  }

  public static String target(long[] usage, String plan) {
    long total = 0;
    for (long u : usage) {
      long fee = feeFor(plan);
      total += u * fee;
    }
    return total + "/" + PlanError.created;
  }

  private static long feeFor(String plan) {
    if (plan.isEmpty()) throw new PlanError("empty");
    return plan.length();
  }

  public static String check() {
    return target(new long[] {1, 2}, "abc");
  }
}
