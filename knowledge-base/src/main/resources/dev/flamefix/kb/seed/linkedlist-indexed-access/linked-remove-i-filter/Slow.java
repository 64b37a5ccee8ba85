import dev.flamefix.kb.seed.SeedDomain.Order;
import java.util.LinkedList;

final class Slow {

    static LinkedList<Order> withoutCancelled(LinkedList<Order> orders) {
        LinkedList<Order> kept = new LinkedList<>(orders);
        int i = 0;
        while (i < kept.size()) {
            if (kept.get(i).status().equals("CANCELLED")) {
                kept.remove(i);
            } else {
                i++;
            }
        }
        return kept;
    }
}
