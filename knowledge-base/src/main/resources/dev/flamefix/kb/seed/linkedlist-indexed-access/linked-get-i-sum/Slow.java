import dev.flamefix.kb.seed.SeedDomain.Order;
import java.util.LinkedList;

final class Slow {

    static int units(LinkedList<Order> orders) {
        int units = 0;
        for (int i = 0; i < orders.size(); i++) {
            units += orders.get(i).quantity();
        }
        return units;
    }
}
