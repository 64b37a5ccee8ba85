import dev.flamefix.kb.seed.SeedDomain.Order;
import java.util.Arrays;
import java.util.List;

final class Slow {

    int[] tiers(long[] thresholds, List<Order> orders) {
        long[] sorted = thresholds.clone();
        Arrays.sort(sorted);
        int[] out = new int[orders.size()];
        for (int i = 0; i < out.length; i++) {
            long price = orders.get(i).unitCents();
            int rank = 0;
            while (rank < sorted.length && sorted[rank] <= price) {
                rank++;
            }
            out[i] = rank;
        }
        return out;
    }
}
