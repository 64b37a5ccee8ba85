final class Slow {

    private static final int[] COINS = { 50, 25, 10, 5, 2, 1 };

    static long ways(int amount) {
        return ways(amount, 0);
    }

    private static long ways(int amount, int coin) {
        if (amount == 0) {
            return 1;
        }
        if (amount < 0 || coin == COINS.length) {
            return 0;
        }
        return ways(amount - COINS[coin], coin) + ways(amount, coin + 1);
    }
}
