// expect: customersById.computeIfAbsent(c.id(),  key -> new ArrayList<>()).add(c);
import java.util.*;

public class Fixture {
  record Customer(long id, String name) {}

  record Order(long customerId, int cents) {}

  public static List<String> target(List<Order> orders, Collection<Customer> customers) {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < orders.size(); i++) {
      Order o = orders.get(i);
      String who = "?";
      for (Customer c : customers) {
        if (c.id() == o.customerId()) {
          who = c.name();
          break;
        }
      }
      lines.add(who + ":" + o.cents());
    }
    return lines;
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    List<Customer> cs = List.of(new Customer(1, "ann"), new Customer(2, "bob"), new Customer(1, "dup"));
    out.append(safe(() -> target(List.of(new Order(1, 5), new Order(3, 7), new Order(2, 9)), cs))).append('\n');
    out.append(safe(() -> target(List.of(), cs))).append('\n');
    out.append(safe(() -> target(Arrays.asList(new Order(1, 5), null), cs))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
