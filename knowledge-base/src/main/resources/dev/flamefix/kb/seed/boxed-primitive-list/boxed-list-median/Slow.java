import dev.flamefix.kb.seed.SeedDomain.Order;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

final class Slow {

    int medianQuantity(List<Order> orders) {
        List<Integer> quantities = new ArrayList<>();
        for (Order o : orders) {
            quantities.add(o.quantity());
        }
        if (quantities.isEmpty()) {
            return 0;
        }
        Collections.sort(quantities);
        return quantities.get(quantities.size() / 2);
    }
}
