import dev.flamefix.kb.seed.SeedDomain.Order;
import java.util.List;

final class Slow {

    static long totalQuantity(List<Order> orders) {
        long total = 0;
        try {
            for (Order o : orders) {
                total += (Integer) o.getClass().getMethod("quantity").invoke(o);
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return total;
    }
}
