import dev.flamefix.kb.seed.SeedDomain.StockItem;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

final class Fast {

    int itemsWithPartner(List<StockItem> items, int target) {
        if (items.size() < 2) {
            return 0;
        }
        Map<Integer, Integer> levels = new HashMap<>();
        for (StockItem s : items) {
            levels.merge(s.onHand(), 1, Integer::sum);
        }
        int count = 0;
        for (StockItem s : items) {
            int need = target - s.onHand();
            int available = levels.getOrDefault(need, 0);
            if (available > (need == s.onHand() ? 1 : 0)) {
                count++;
            }
        }
        return count;
    }
}
