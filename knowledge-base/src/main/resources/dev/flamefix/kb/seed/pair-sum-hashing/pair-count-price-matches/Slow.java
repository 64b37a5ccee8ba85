import dev.flamefix.kb.seed.SeedDomain.Order;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

final class Slow {

    int countPairs(List<Order> orders, long budgetCents) {
        int pairs = 0;
        for (int i = 0; i < orders.size(); i++) {
            for (int j = i + 1; j < orders.size(); j++) {
                if (orders.get(i).unitCents() + orders.get(j).unitCents() == budgetCents) {
                    pairs++;
                }
            }
        }
        return pairs;
    }
}
