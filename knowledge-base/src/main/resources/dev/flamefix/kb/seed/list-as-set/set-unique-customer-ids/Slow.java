import dev.flamefix.kb.seed.SeedDomain.Order;
import java.util.ArrayList;
import java.util.List;

final class Slow {

    List<String> uniqueCustomers(List<Order> orders) {
        List<String> ids = new ArrayList<>();
        for (Order o : orders) {
            if (!ids.contains(o.customerId())) {
                ids.add(o.customerId());
            }
        }
        return ids;
    }
}
