import dev.flamefix.kb.seed.SeedDomain.Order;
import java.util.List;

final class Fast {

    long maxWindowQuantity(List<Order> orders) {
        int width = 10;
        if (orders.size() < width) {
            return 0;
        }
        long best = 0;
        long sum = 0;
        for (int i = 0; i < orders.size(); i++) {
            sum += orders.get(i).quantity();
            if (i >= width) {
                sum -= orders.get(i - width).quantity();
            }
            if (i >= width - 1) {
                best = Math.max(best, sum);
            }
        }
        return best;
    }
}
