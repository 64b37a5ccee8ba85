import dev.flamefix.kb.seed.SeedDomain.Order;
import java.util.List;

final class Slow {

    static String renderTable(List<Order> orders) {
        String html = "<table>";
        for (Order o : orders) {
            html += "<tr><td>" + o.id() + "</td><td>" + o.sku() + "</td><td>" + o.quantity() + "</td></tr>";
        }
        html += "</table>";
        return html;
    }
}
