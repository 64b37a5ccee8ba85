import dev.flamefix.kb.seed.SeedDomain.Order;
import java.util.Arrays;
import java.util.List;

final class Fast {

    int[] tiers(long[] thresholds, List<Order> orders) {
        long[] sorted = thresholds.clone();
        Arrays.sort(sorted);
        int[] out = new int[orders.size()];
        for (int i = 0; i < out.length; i++) {
            long price = orders.get(i).unitCents();
            int lo = 0;
            int hi = sorted.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (sorted[mid] <= price) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            out[i] = lo;
        }
        return out;
    }
}
