import dev.flamefix.kb.seed.SeedDomain.Customer;
import dev.flamefix.kb.seed.SeedDomain.Order;
import java.util.List;
import java.util.Map;
import java.util.Optional;

final class Fast {

    private final Map<String, Customer> customers;

    Fast(Map<String, Customer> customers) {
        this.customers = customers;
    }

    Optional<Customer> find(String id) {
        return Optional.ofNullable(customers.get(id));
    }

    Map<String, Integer> countries(List<Order> orders) {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        for (Order o : orders) {
            String country = find(o.customerId()).map(Customer::country).orElse("guest");
            counts.merge(country, 1, Integer::sum);
        }
        return counts;
    }
}
