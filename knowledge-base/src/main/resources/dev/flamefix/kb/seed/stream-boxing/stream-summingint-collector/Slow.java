import dev.flamefix.kb.seed.SeedDomain.Order;
import java.util.List;
import java.util.stream.Collectors;

final class Slow {

    static int units(List<Order> orders) {
        return orders.stream().map(Order::quantity).collect(Collectors.summingInt(q -> q));
    }
}
