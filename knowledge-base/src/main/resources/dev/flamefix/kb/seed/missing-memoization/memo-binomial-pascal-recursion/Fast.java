final class Fast {

    static long choose(int n, int k) {
        return choose(n, k, new long[n + 1][k + 1]);
    }

    private static long choose(int n, int k, long[][] memo) {
        if (k == 0 || k == n) {
            return 1;
        }
        if (memo[n][k] == 0) {
            memo[n][k] = choose(n - 1, k - 1, memo) + choose(n - 1, k, memo);
        }
        return memo[n][k];
    }
}
