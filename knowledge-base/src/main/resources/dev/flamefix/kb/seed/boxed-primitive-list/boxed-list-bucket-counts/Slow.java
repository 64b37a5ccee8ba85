import dev.flamefix.kb.seed.SeedDomain.Order;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

final class Slow {

    int[] bucketCounts(List<Order> orders) {
        List<Integer> counts = new ArrayList<>(Collections.nCopies(10, 0));
        for (Order o : orders) {
            int b = Math.floorMod(o.quantity(), 10);
            counts.set(b, counts.get(b) + 1);
        }
        return counts.stream().mapToInt(Integer::intValue).toArray();
    }
}
