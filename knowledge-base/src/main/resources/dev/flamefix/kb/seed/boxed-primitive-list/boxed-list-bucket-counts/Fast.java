import dev.flamefix.kb.seed.SeedDomain.Order;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

final class Fast {

    int[] bucketCounts(List<Order> orders) {
        int[] counts = new int[10];
        for (Order o : orders) {
            counts[Math.floorMod(o.quantity(), 10)]++;
        }
        return counts;
    }
}
