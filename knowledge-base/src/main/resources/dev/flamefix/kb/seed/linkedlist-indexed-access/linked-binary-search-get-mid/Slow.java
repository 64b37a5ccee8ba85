import java.util.LinkedList;

final class Slow {

    /**
     * For each budget, how many prices are at most the budget.
     */
    static int[] affordableCounts(LinkedList<Long> sortedPrices, long[] budgets) {
        int[] out = new int[budgets.length];
        for (int b = 0; b < budgets.length; b++) {
            int lo = 0;
            int hi = sortedPrices.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (sortedPrices.get(mid) <= budgets[b]) {
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
