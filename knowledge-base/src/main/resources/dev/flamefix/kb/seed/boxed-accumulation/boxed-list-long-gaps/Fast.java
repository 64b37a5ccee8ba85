final class Fast {

    static long meanGapMillis(long[] heartbeats) {
        int n = Math.max(0, heartbeats.length - 1);
        long[] gaps = new long[n];
        for (int i = 1; i < heartbeats.length; i++) {
            gaps[i - 1] = heartbeats[i] - heartbeats[i - 1];
        }
        long sum = 0L;
        for (long g : gaps) {
            sum += g;
        }
        return n == 0 ? 0 : sum / n;
    }
}
