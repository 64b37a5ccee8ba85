import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

final class Slow {

    static int aboveMedian(List<Double> latencies, double[] thresholds) {
        int count = 0;
        for (double t : thresholds) {
            List<Double> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            if (!sorted.isEmpty() && t > sorted.get(sorted.size() / 2)) {
                count++;
            }
        }
        return count;
    }
}
