import dev.flamefix.kb.seed.SeedDomain.Order;
import dev.flamefix.kb.seed.SeedDomain.StockItem;
import java.util.List;

final class Slow {

    static int unfillable(List<Order> orders, List<StockItem> stock) {
        int short_ = 0;
        for (Order o : orders) {
            int onHand = 0;
            for (StockItem s : stock) {
                if (s.sku().equals(o.sku())) {
                    onHand += s.onHand();
                }
            }
            if (onHand < o.quantity() * 40) {
                short_++;
            }
        }
        return short_;
    }
}
