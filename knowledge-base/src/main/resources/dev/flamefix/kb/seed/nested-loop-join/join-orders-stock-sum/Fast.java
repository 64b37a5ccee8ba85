import dev.flamefix.kb.seed.SeedDomain.Order;
import dev.flamefix.kb.seed.SeedDomain.StockItem;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

final class Fast {

    static int unfillable(List<Order> orders, List<StockItem> stock) {
        Map<String, Integer> onHandBySku = new HashMap<>();
        for (StockItem s : stock) {
            onHandBySku.merge(s.sku(), s.onHand(), Integer::sum);
        }
        int short_ = 0;
        for (Order o : orders) {
            if (onHandBySku.getOrDefault(o.sku(), 0) < o.quantity() * 40) {
                short_++;
            }
        }
        return short_;
    }
}
