import java.util.Arrays;

final class Fast {

    /**
     * Rank 1 is the highest score; ties share the better rank.
     */
    static int[] ranks(int[] scores) {
        int[] ascending = scores.clone();
        Arrays.sort(ascending);
        int[] ranks = new int[scores.length];
        for (int p = 0; p < scores.length; p++) {
            int lo = 0;
            int hi = ascending.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (ascending[mid] <= scores[p]) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            ranks[p] = ascending.length - lo + 1;
        }
        return ranks;
    }
}
