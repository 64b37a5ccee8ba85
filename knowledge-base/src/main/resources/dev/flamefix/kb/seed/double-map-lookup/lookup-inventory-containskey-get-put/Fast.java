import dev.flamefix.kb.seed.SeedDomain.Order;
import dev.flamefix.kb.seed.SeedDomain.StockItem;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

final class Fast {

    static Map<String, Integer> remaining(List<StockItem> stock, List<Order> orders) {
        Map<String, Integer> left = new TreeMap<>();
        for (StockItem s : stock) {
            left.merge(s.sku(), s.onHand(), Integer::sum);
        }
        for (Order o : orders) {
            left.computeIfPresent(o.sku(), (sku, n) -> n - o.quantity());
        }
        return left;
    }
}
