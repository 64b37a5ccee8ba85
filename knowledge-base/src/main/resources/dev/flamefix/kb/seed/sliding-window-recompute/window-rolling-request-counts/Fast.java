final class Fast {

    private static final int WINDOW = 60;

    int[] rollingCounts(int[] perSecond) {
        int[] out = new int[perSecond.length];
        int sum = 0;
        for (int i = 0; i < perSecond.length; i++) {
            sum += perSecond[i];
            if (i >= WINDOW) {
                sum -= perSecond[i - WINDOW];
            }
            out[i] = sum;
        }
        return out;
    }
}
