import dev.flamefix.kb.seed.SeedDomain.Order;
import java.util.List;
import java.util.TreeMap;

final class Fast {

    static long total(TreeMap<String, Long> prices, List<Order> orders) {
        long total = 0;
        for (Order o : orders) {
            Long price = prices.get(o.sku());
            if (price != null) {
                total += price * o.quantity();
            }
        }
        return total;
    }
}
