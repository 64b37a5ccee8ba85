import dev.flamefix.kb.seed.SeedDomain.Order;
import java.util.LinkedList;

final class Fast {

    static LinkedList<Order> withoutCancelled(LinkedList<Order> orders) {
        LinkedList<Order> kept = new LinkedList<>(orders);
        kept.removeIf(o -> o.status().equals("CANCELLED"));
        return kept;
    }
}
