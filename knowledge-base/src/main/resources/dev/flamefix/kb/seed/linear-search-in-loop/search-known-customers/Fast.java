import dev.flamefix.kb.seed.SeedDomain.Customer;
import dev.flamefix.kb.seed.SeedDomain.Order;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

final class Fast {

    static int ordersFromKnownCustomers(List<Order> orders, List<Customer> customers) {
        Set<String> ids = new HashSet<>(customers.size() * 2);
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
