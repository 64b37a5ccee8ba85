import dev.flamefix.kb.seed.SeedDomain.Order;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

final class Slow {

    static BigDecimal grossTotal(List<Order> orders) {
        BigDecimal total = BigDecimal.ZERO;
        for (Order o : orders) {
            BigDecimal net = BigDecimal.valueOf(o.quantity() * o.unitCents()).divide(new BigDecimal("100"));
            total = total.add(net.multiply(new BigDecimal("1.19")).setScale(2, RoundingMode.HALF_UP));
        }
        return total;
    }
}
