import dev.flamefix.kb.seed.SeedDomain.Customer;
import dev.flamefix.kb.seed.SeedDomain.Order;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

final class Fast {

    static List<String> labelOrders(List<Order> orders, List<Customer> customers) {
        Map<String, List<Customer>> byId = new HashMap<>();
        for (Customer c : customers) {
            byId.computeIfAbsent(c.id(), k -> new ArrayList<>()).add(c);
        }
        List<String> labels = new ArrayList<>();
        for (Order o : orders) {
            for (Customer c : byId.getOrDefault(o.customerId(), List.of())) {
                labels.add(o.id() + ":" + c.name());
            }
        }
        return labels;
    }
}
