import dev.flamefix.kb.seed.SeedDomain.Order;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

final class Slow {

    static List<String> invoiceLines(List<Order> orders) {
        List<String> lines = new ArrayList<>();
        for (Order o : orders) {
            NumberFormat usd = NumberFormat.getCurrencyInstance(Locale.US);
            lines.add(o.sku() + " " + usd.format(o.quantity() * o.unitCents() / 100.0));
        }
        return lines;
    }
}
