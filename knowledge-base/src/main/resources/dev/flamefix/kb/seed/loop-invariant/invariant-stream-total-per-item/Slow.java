import dev.flamefix.kb.seed.SeedDomain.Order;
import java.util.List;

final class Slow {

    static long[] sharesPerMille(List<Order> orders) {
        long[] shares = new long[orders.size()];
        for (int i = 0; i < shares.length; i++) {
            long total = orders.stream().mapToLong(o -> o.quantity() * o.unitCents()).sum();
            Order o = orders.get(i);
            shares[i] = o.quantity() * o.unitCents() * 1000 / total;
        }
        return shares;
    }
}
