final class Fast {

    private static final int[] COINS = { 50, 25, 10, 5, 2, 1 };

    static long ways(int amount) {
        if (amount < 0) {
            return 0;
        }
        long[][] memo = new long[amount + 1][COINS.length];
        for (long[] row : memo) {
            java.util.Arrays.fill(row, -1);
        }
        return ways(amount, 0, memo);
    }

    private static long ways(int amount, int coin, long[][] memo) {
        if (amount == 0) {
            return 1;
        }
        if (amount < 0 || coin == COINS.length) {
            return 0;
        }
        if (memo[amount][coin] < 0) {
            memo[amount][coin] = ways(amount - COINS[coin], coin, memo) + ways(amount, coin + 1, memo);
        }
        return memo[amount][coin];
    }
}
