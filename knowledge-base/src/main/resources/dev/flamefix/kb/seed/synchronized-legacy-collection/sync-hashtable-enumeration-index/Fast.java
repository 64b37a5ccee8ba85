import dev.flamefix.kb.seed.SeedDomain.Order;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

final class Fast {

    static int largestSkuQuantity(List<Order> orders) {
        Map<String, Integer> perSku = new HashMap<>();
        for (Order o : orders) {
            perSku.merge(o.sku(), o.quantity(), Integer::sum);
        }
        int best = 0;
        for (int q : perSku.values()) {
            best = Math.max(best, q);
        }
        return best;
    }
}
