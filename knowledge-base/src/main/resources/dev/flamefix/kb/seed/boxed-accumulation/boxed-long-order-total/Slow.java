import dev.flamefix.kb.seed.SeedDomain.Order;
import java.util.List;

final class Slow {

    static Long totalCents(List<Order> orders) {
        Long total = 0L;
        for (Order o : orders) {
            total += o.quantity() * o.unitCents();
        }
        return total;
    }
}
