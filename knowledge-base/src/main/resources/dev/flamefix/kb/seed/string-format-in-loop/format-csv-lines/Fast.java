import dev.flamefix.kb.seed.SeedDomain.Order;
import java.util.List;
import java.util.Locale;

final class Fast {

    String csvLines(List<Order> orders) {
        StringBuilder out = new StringBuilder();
        String newline = System.lineSeparator();
        for (Order o : orders) {
            out.append(o.id()).append(',').append(o.sku()).append(',').append(o.quantity()).append(newline);
        }
        return out.toString();
    }
}
