import java.util.List;

final class Fast {

    static long peakWindow(List<Integer> requestsPerSecond) {
        int window = 50;
        int n = requestsPerSecond.size();
        if (n < window) {
            return 0;
        }
        long sum = 0;
        for (int i = 0; i < window; i++) {
            sum += requestsPerSecond.get(i);
        }
        long peak = Math.max(0, sum);
        for (int i = window; i < n; i++) {
            sum += requestsPerSecond.get(i) - requestsPerSecond.get(i - window);
            peak = Math.max(peak, sum);
        }
        return peak;
    }
}
