import dev.flamefix.kb.seed.SeedDomain.Order;
import java.util.List;
import java.util.TreeMap;

final class Slow {

    static long total(TreeMap<String, Long> prices, List<Order> orders) {
        long total = 0;
        for (Order o : orders) {
            if (prices.containsKey(o.sku())) {
                total += prices.get(o.sku()) * o.quantity();
            }
        }
        return total;
    }
}
