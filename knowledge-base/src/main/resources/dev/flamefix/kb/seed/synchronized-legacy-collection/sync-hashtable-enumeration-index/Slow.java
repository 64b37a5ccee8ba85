import dev.flamefix.kb.seed.SeedDomain.Order;
import java.util.Enumeration;
import java.util.Hashtable;
import java.util.List;

final class Slow {

    static int largestSkuQuantity(List<Order> orders) {
        Hashtable<String, Integer> perSku = new Hashtable<>();
        for (Order o : orders) {
            Integer q = perSku.get(o.sku());
            perSku.put(o.sku(), (q == null ? 0 : q) + o.quantity());
        }
        int best = 0;
        for (Enumeration<String> keys = perSku.keys(); keys.hasMoreElements(); ) {
            best = Math.max(best, perSku.get(keys.nextElement()));
        }
        return best;
    }
}
