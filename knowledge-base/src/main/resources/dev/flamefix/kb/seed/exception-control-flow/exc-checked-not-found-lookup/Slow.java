import dev.flamefix.kb.seed.SeedDomain.Customer;
import dev.flamefix.kb.seed.SeedDomain.CustomerNotFoundException;
import dev.flamefix.kb.seed.SeedDomain.Order;
import java.util.List;
import java.util.Map;

final class Slow {

    private final Map<String, Customer> customers;

    Slow(Map<String, Customer> customers) {
        this.customers = customers;
    }

    Customer find(String id) throws CustomerNotFoundException {
        Customer c = customers.get(id);
        if (c == null) {
            throw new CustomerNotFoundException(id);
        }
        return c;
    }

    Map<String, Integer> countries(List<Order> orders) {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        for (Order o : orders) {
            String country;
            try {
                country = find(o.customerId()).country();
            } catch (CustomerNotFoundException e) {
                country = "guest";
            }
            counts.merge(country, 1, Integer::sum);
        }
        return counts;
    }
}
