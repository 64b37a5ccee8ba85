import java.util.Iterator;
import java.util.List;

final class Fast {

    static long batchMaxima(List<List<Integer>> batches) {
        long total = 0;
        for (List<Integer> batch : batches) {
            int max = 0;
            for (Iterator<Integer> it = batch.iterator(); it.hasNext(); ) {
                max = Math.max(max, it.next());
            }
            total += max;
        }
        return total;
    }
}
