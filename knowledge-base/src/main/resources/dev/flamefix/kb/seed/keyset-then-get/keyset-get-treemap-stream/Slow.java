import dev.flamefix.kb.seed.SeedDomain.Order;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

final class Slow {

    String summary(List<Order> orders) {
        Map<String, Long> totals = new TreeMap<>();
        for (Order o : orders) {
            totals.merge(o.sku(), o.unitCents() * o.quantity(), Long::sum);
        }
        return totals.keySet().stream()
                .map(sku -> sku + ":" + totals.get(sku))
                .collect(Collectors.joining(","));
    }
}
