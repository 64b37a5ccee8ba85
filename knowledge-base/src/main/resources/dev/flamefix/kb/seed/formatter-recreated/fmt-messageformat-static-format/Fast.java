import dev.flamefix.kb.seed.SeedDomain.Order;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;

final class Fast {

    static List<String> notifications(List<Order> orders) {
        MessageFormat template = new MessageFormat("Order {0,number,#} for {1}: {2,number,integer} x {3} is now {4}");
        List<String> out = new ArrayList<>(orders.size());
        for (Order o : orders) {
            out.add(template.format(new Object[] { o.id(), o.customerId(), o.quantity(), o.sku(), o.status() }));
        }
        return out;
    }
}
