import java.util.LinkedList;

final class Slow {

    static long maxGap(LinkedList<Long> timestamps) {
        long max = 0;
        for (int i = 1; i < timestamps.size(); i++) {
            long gap = timestamps.get(i) - timestamps.get(i - 1);
            if (gap > max) {
                max = gap;
            }
        }
        return max;
    }
}
