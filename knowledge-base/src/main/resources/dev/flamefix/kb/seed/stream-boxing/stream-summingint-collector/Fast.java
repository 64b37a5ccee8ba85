import dev.flamefix.kb.seed.SeedDomain.Order;
import java.util.List;

final class Fast {

    static int units(List<Order> orders) {
        return orders.stream().mapToInt(Order::quantity).sum();
    }
}
