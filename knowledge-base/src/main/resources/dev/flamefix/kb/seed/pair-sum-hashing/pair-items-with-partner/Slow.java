import dev.flamefix.kb.seed.SeedDomain.StockItem;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

final class Slow {

    int itemsWithPartner(List<StockItem> items, int target) {
        int count = 0;
        for (int i = 0; i < items.size(); i++) {
            boolean found = false;
            for (int j = 0; j < items.size() && !found; j++) {
                found = i != j && items.get(i).onHand() + items.get(j).onHand() == target;
            }
            if (found) {
                count++;
            }
        }
        return count;
    }
}
