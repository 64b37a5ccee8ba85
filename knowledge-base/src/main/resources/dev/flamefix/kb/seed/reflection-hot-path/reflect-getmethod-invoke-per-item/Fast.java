import dev.flamefix.kb.seed.SeedDomain.Order;
import java.util.List;

final class Fast {

    static long totalQuantity(List<Order> orders) {
        long total = 0;
        for (Order o : orders) {
            total += o.quantity();
        }
        return total;
    }
}
