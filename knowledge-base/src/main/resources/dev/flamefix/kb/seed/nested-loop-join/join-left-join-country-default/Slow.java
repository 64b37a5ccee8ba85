import dev.flamefix.kb.seed.SeedDomain.Customer;
import dev.flamefix.kb.seed.SeedDomain.Order;
import java.util.List;
import java.util.Map;

final class Slow {

    static Map<String, Integer> ordersPerCountry(List<Order> orders, List<Customer> customers) {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        for (Order o : orders) {
            String country = "unknown";
            for (Customer c : customers) {
                if (c.id().equals(o.customerId())) {
                    country = c.country();
                    break;
                }
            }
            counts.merge(country, 1, Integer::sum);
        }
        return counts;
    }
}
