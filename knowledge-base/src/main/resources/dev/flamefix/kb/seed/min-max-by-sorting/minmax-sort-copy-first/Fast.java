import dev.flamefix.kb.seed.SeedDomain.Order;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

final class Fast {

    long cheapest(List<Order> orders) {
        if (orders.isEmpty()) {
            return -1;
        }
        long min = Long.MAX_VALUE;
        for (Order o : orders) {
            min = Math.min(min, o.unitCents());
        }
        return min;
    }
}
