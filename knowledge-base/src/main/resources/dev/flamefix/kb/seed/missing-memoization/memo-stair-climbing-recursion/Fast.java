final class Fast {

    static long ways(int steps) {
        if (steps < 0) {
            return 0;
        }
        return ways(steps, new long[steps + 1]);
    }

    private static long ways(int steps, long[] memo) {
        if (steps < 0) {
            return 0;
        }
        if (steps == 0) {
            return 1;
        }
        if (memo[steps] == 0) {
            memo[steps] = ways(steps - 1, memo) + ways(steps - 2, memo) + ways(steps - 3, memo);
        }
        return memo[steps];
    }
}
