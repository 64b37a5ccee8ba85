import dev.flamefix.kb.seed.SeedDomain.Order;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

final class Fast {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private static final BigDecimal GROSS_FACTOR = new BigDecimal("1.19");

    static BigDecimal grossTotal(List<Order> orders) {
        BigDecimal total = BigDecimal.ZERO;
        for (Order o : orders) {
            BigDecimal net = BigDecimal.valueOf(o.quantity() * o.unitCents()).divide(HUNDRED);
            total = total.add(net.multiply(GROSS_FACTOR).setScale(2, RoundingMode.HALF_UP));
        }
        return total;
    }
}
