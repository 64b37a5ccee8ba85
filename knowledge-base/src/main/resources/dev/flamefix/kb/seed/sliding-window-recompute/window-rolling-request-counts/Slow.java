final class Slow {

    private static final int WINDOW = 60;

    int[] rollingCounts(int[] perSecond) {
        int[] out = new int[perSecond.length];
        for (int i = 0; i < perSecond.length; i++) {
            int sum = 0;
            for (int j = Math.max(0, i - WINDOW + 1); j <= i; j++) {
                sum += perSecond[j];
            }
            out[i] = sum;
        }
        return out;
    }
}
