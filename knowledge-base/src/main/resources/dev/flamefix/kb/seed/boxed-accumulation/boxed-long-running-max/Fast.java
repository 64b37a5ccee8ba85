final class Fast {

    static Long maxLatency(long[] latencies) {
        if (latencies.length == 0) {
            return null;
        }
        long max = latencies[0];
        for (int i = 1; i < latencies.length; i++) {
            if (latencies[i] > max) {
                max = latencies[i];
            }
        }
        return max;
    }
}
