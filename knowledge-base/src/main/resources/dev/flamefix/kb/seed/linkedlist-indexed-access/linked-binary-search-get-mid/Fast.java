import java.util.LinkedList;

final class Fast {

    /**
     * For each budget, how many prices are at most the budget.
     */
    static int[] affordableCounts(LinkedList<Long> sortedPrices, long[] budgets) {
        long[] prices = new long[sortedPrices.size()];
        int k = 0;
        for (long p : sortedPrices) {
            prices[k++] = p;
        }
        int[] out = new int[budgets.length];
        for (int b = 0; b < budgets.length; b++) {
            int lo = 0;
            int hi = prices.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (prices[mid] <= budgets[b]) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            out[b] = lo;
        }
        return out;
    }
}
