import dev.flamefix.kb.seed.SeedDomain.Order;
import java.util.List;

final class Fast {

    static long revenue(List<Order> orders) {
        return orders.stream().filter(o -> !o.status().equals("CANCELLED")).mapToLong(o -> o.quantity() * o.unitCents()).sum();
    }
}
