import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

final class Fast {

    static int aboveMedian(List<Double> latencies, double[] thresholds) {
        List<Double> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        if (sorted.isEmpty()) {
            return 0;
        }
        double median = sorted.get(sorted.size() / 2);
        int count = 0;
        for (double t : thresholds) {
            if (t > median) {
                count++;
            }
        }
        return count;
    }
}
