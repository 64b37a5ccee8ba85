import dev.flamefix.kb.seed.SeedDomain.Order;
import java.util.List;

final class Fast {

    static String renderTable(List<Order> orders) {
        StringBuilder html = new StringBuilder(16 + orders.size() * 48).append("<table>");
        for (Order o : orders) {
            html.append("<tr><td>").append(o.id()).append("</td><td>").append(o.sku()).append("</td><td>").append(o.quantity()).append("</td></tr>");
        }
        return html.append("</table>").toString();
    }
}
