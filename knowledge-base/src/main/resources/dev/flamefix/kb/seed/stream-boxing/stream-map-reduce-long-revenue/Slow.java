import dev.flamefix.kb.seed.SeedDomain.Order;
import java.util.List;

final class Slow {

    static long revenue(List<Order> orders) {
        return orders.stream().filter(o -> !o.status().equals("CANCELLED")).map(o -> o.quantity() * o.unitCents()).reduce(0L, Long::sum);
    }
}
