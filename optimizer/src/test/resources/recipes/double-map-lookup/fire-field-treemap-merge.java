// expect: minutesByMember.merge(loan.member(), minutes, Long::sum);
import java.util.*;

public class Fixture {
  record Loan(String member, String isbn, int days) {}

  private final Map<String, Long> minutesByMember = new TreeMap<>();

  public Map<String, Long> target(List<Loan> loans) {
    Loan[] byDate = loans.toArray(new Loan[0]);
    int i = 0;
    while (i < byDate.length) {
      Loan loan = byDate[i++];
      long minutes = loan.days() * 1440L;
      if (!minutesByMember.containsKey(loan.member())) minutesByMember.put(loan.member(), minutes);
      else {
        long before = minutesByMember.get(loan.member());
        minutesByMember.put(loan.member(), minutes + before);
      }
    }
    return Collections.unmodifiableMap(minutesByMember);
  }

  public void forget(String member) {
    minutesByMember.remove(member);
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    Fixture f = new Fixture();
    out.append(safe(() -> f.target(List.of(new Loan("zoe", "1", 3), new Loan("adam", "2", 1), new Loan("zoe", "3", 2))))).append('\n');
    f.forget("adam");
    out.append(safe(() -> f.target(List.of(new Loan("adam", "4", Integer.MAX_VALUE))))).append('\n');
    out.append(safe(() -> f.target(Arrays.asList(new Loan("bo", "5", 1), new Loan(null, "6", 1))))).append('\n');
    out.append(safe(() -> f.target(List.of()))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
