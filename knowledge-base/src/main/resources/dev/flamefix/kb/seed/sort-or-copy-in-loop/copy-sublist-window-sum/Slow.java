import java.util.ArrayList;
import java.util.List;

final class Slow {

    static long peakWindow(List<Integer> requestsPerSecond) {
        int window = 50;
        long peak = 0;
        for (int i = 0; i + window <= requestsPerSecond.size(); i++) {
            List<Integer> slice = new ArrayList<>(requestsPerSecond.subList(i, i + window));
            long sum = 0;
            for (int r : slice) {
                sum += r;
            }
            peak = Math.max(peak, sum);
        }
        return peak;
    }
}
