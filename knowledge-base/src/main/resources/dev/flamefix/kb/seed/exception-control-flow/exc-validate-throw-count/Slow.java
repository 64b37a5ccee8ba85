import dev.flamefix.kb.seed.SeedDomain.Order;
import java.util.List;

final class Slow {

    static void validate(Order o) {
        if (o.quantity() > 6) {
            throw new IllegalArgumentException("quantity too large: " + o.quantity());
        }
        if (o.status().equals("CANCELLED")) {
            throw new IllegalArgumentException("cancelled order " + o.id());
        }
    }

    static int rejected(List<Order> orders) {
        int rejected = 0;
        for (Order o : orders) {
            try {
                validate(o);
            } catch (IllegalArgumentException e) {
                rejected++;
            }
        }
        return rejected;
    }
}
