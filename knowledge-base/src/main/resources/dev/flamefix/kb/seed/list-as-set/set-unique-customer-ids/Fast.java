import dev.flamefix.kb.seed.SeedDomain.Order;
import java.util.ArrayList;
import java.util.List;

final class Fast {

    List<String> uniqueCustomers(List<Order> orders) {
        java.util.Set<String> ids = new java.util.LinkedHashSet<>();
        for (Order o : orders) {
            ids.add(o.customerId());
        }
        return new ArrayList<>(ids);
    }
}
