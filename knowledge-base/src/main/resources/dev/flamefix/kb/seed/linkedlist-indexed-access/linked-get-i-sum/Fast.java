import dev.flamefix.kb.seed.SeedDomain.Order;
import java.util.LinkedList;

final class Fast {

    static int units(LinkedList<Order> orders) {
        int units = 0;
        for (Order o : orders) {
            units += o.quantity();
        }
        return units;
    }
}
