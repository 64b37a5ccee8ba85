final class Slow {

    static Long maxLatency(long[] latencies) {
        Long max = null;
        for (long l : latencies) {
            if (max == null || l > max) {
                max = l;
            }
        }
        return max;
    }
}
