import java.util.*;

public class Fixture {
  static final List<Fixture> OPEN = new ArrayList<>();

  private final List<String> frozenAccounts = new ArrayList<>();

  Fixture() {
    OPEN.add(this);
  }

  /** Its constructor freezes an account on every open ledger: a user constructor is code like any call. */
  static final class Alert {
    Alert() {
      for (Fixture f : OPEN) f.frozenAccounts.add("ACC-2");
    }
  }

  int target(List<String> accounts) {
    int paid = 0;
    for (String a : accounts) {
      if (!frozenAccounts.contains(a)) paid++;
      new Alert();
    }
    return paid;
  }

  public static String check() {
    return String.valueOf(new Fixture().target(List.of("ACC-1", "ACC-2", "ACC-2")));
  }
}
