import dev.flamefix.kb.seed.SeedDomain.Order;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

final class Slow {

    long cheapest(List<Order> orders) {
        if (orders.isEmpty()) {
            return -1;
        }
        List<Long> prices = new ArrayList<>();
        for (Order o : orders) {
            prices.add(o.unitCents());
        }
        Collections.sort(prices);
        return prices.get(0);
    }
}
