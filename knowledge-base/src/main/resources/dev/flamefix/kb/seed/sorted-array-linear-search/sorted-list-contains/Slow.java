import dev.flamefix.kb.seed.SeedDomain.Order;
import dev.flamefix.kb.seed.SeedDomain.StockItem;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

final class Slow {

    int ordersInStock(List<StockItem> items, List<Order> orders) {
        List<String> skus = new ArrayList<>();
        for (StockItem s : items) {
            skus.add(s.sku());
        }
        Collections.sort(skus);
        int n = 0;
        for (Order o : orders) {
            if (skus.contains(o.sku())) {
                n++;
            }
        }
        return n;
    }
}
