import dev.flamefix.kb.seed.SeedDomain.Order;
import java.util.List;

final class Slow {

    long maxWindowQuantity(List<Order> orders) {
        int width = 10;
        long best = 0;
        for (int start = 0; start + width <= orders.size(); start++) {
            long sum = 0;
            for (Order o : orders.subList(start, start + width)) {
                sum += o.quantity();
            }
            best = Math.max(best, sum);
        }
        return best;
    }
}
