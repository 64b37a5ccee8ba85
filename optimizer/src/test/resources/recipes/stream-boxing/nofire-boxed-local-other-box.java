import java.util.*;

public class Fixture {
  record Ticket(String seat, int price) {}

  // Number is not the box the reduction returns; left alone rather than reasoned about.
  public static String target(List<Ticket> tickets) {
    Number revenue = tickets.stream().map(Ticket::price).reduce(0, Integer::sum);
    return revenue.getClass().getSimpleName() + revenue;
  }

  public static String check() {
    return target(List.of(new Ticket("A1", 40), new Ticket("A2", 55)));
  }
}
