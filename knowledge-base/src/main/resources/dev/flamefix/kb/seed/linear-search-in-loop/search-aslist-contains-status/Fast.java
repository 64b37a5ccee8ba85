import dev.flamefix.kb.seed.SeedDomain.Order;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

final class Fast {

    private static final Set<String> BILLABLE = new HashSet<>(Arrays.asList("NEW", "PAID", "SHIPPED", "BACKORDER", "PARTIAL", "HELD", "INVOICED"));

    static long billable(List<Order> orders) {
        long cents = 0;
        for (Order o : orders) {
            if (BILLABLE.contains(o.status())) {
                cents += o.quantity() * o.unitCents();
            }
        }
        return cents;
    }
}
