import dev.flamefix.kb.seed.SeedDomain.Order;
import java.util.Arrays;
import java.util.List;

final class Slow {

    private static final String[] BILLABLE = { "NEW", "PAID", "SHIPPED", "BACKORDER", "PARTIAL", "HELD", "INVOICED" };

    static long billable(List<Order> orders) {
        long cents = 0;
        for (Order o : orders) {
            if (Arrays.asList(BILLABLE).contains(o.status())) {
                cents += o.quantity() * o.unitCents();
            }
        }
        return cents;
    }
}
