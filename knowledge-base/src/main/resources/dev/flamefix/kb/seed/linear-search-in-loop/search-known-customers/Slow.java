import dev.flamefix.kb.seed.SeedDomain.Customer;
import dev.flamefix.kb.seed.SeedDomain.Order;
import java.util.ArrayList;
import java.util.List;

final class Slow {

    static int ordersFromKnownCustomers(List<Order> orders, List<Customer> customers) {
        List<String> ids = new ArrayList<>();
        for (Customer c : customers) {
            ids.add(c.id());
        }
        int known = 0;
        for (Order o : orders) {
            if (ids.contains(o.customerId())) {
                known++;
            }
        }
        return known;
    }
}
