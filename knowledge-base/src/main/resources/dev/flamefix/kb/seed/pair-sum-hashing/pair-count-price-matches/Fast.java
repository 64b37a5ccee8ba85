import dev.flamefix.kb.seed.SeedDomain.Order;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

final class Fast {

    int countPairs(List<Order> orders, long budgetCents) {
        if (orders.size() < 2) {
            return 0;
        }
        Map<Long, Integer> seen = new HashMap<>();
        int pairs = 0;
        for (Order o : orders) {
            long price = o.unitCents();
            pairs += seen.getOrDefault(budgetCents - price, 0);
            seen.merge(price, 1, Integer::sum);
        }
        return pairs;
    }
}
