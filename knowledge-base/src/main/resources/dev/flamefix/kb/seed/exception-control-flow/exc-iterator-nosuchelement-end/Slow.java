import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

final class Slow {

    static long batchMaxima(List<List<Integer>> batches) {
        long total = 0;
        for (List<Integer> batch : batches) {
            Iterator<Integer> it = batch.iterator();
            int max = 0;
            try {
                while (true) {
                    max = Math.max(max, it.next());
                }
            } catch (NoSuchElementException end) {
                total += max;
            }
        }
        return total;
    }
}
