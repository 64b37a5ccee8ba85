import dev.flamefix.kb.seed.SeedDomain.Customer;
import dev.flamefix.kb.seed.SeedDomain.Order;
import java.util.ArrayList;
import java.util.List;

final class Slow {

    static List<String> labelOrders(List<Order> orders, List<Customer> customers) {
        List<String> labels = new ArrayList<>();
        for (Order o : orders) {
            for (Customer c : customers) {
                if (c.id().equals(o.customerId())) {
                    labels.add(o.id() + ":" + c.name());
                }
            }
        }
        return labels;
    }
}
