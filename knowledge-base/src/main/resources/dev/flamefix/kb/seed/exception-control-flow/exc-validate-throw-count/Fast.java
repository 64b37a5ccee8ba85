import dev.flamefix.kb.seed.SeedDomain.Order;
import java.util.List;

final class Fast {

    static String problem(Order o) {
        if (o.quantity() > 6) {
            return "quantity too large";
        }
        if (o.status().equals("CANCELLED")) {
            return "cancelled order";
        }
        return null;
    }

    static int rejected(List<Order> orders) {
        int rejected = 0;
        for (Order o : orders) {
            if (problem(o) != null) {
                rejected++;
            }
        }
        return rejected;
    }
}
