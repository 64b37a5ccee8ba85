import dev.flamefix.kb.seed.SeedDomain.Order;
import java.util.List;
import java.util.Locale;

final class Slow {

    String csvLines(List<Order> orders) {
        StringBuilder out = new StringBuilder();
        for (Order o : orders) {
            out.append(String.format(Locale.ROOT, "%d,%s,%d%n", o.id(), o.sku(), o.quantity()));
        }
        return out.toString();
    }
}
