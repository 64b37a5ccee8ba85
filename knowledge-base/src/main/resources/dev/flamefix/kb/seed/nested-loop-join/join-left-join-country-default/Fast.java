import dev.flamefix.kb.seed.SeedDomain.Customer;
import dev.flamefix.kb.seed.SeedDomain.Order;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

final class Fast {

    static Map<String, Integer> ordersPerCountry(List<Order> orders, List<Customer> customers) {
        Map<String, String> countryById = new HashMap<>();
        for (Customer c : customers) {
            countryById.putIfAbsent(c.id(), c.country());
        }
        Map<String, Integer> counts = new java.util.TreeMap<>();
        for (Order o : orders) {
            counts.merge(countryById.getOrDefault(o.customerId(), "unknown"), 1, Integer::sum);
        }
        return counts;
    }
}
