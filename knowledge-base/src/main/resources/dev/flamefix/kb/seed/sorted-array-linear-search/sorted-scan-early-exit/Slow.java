import java.util.Arrays;

final class Slow {

    int countKnown(int[] known, int[] queries) {
        int[] sorted = known.clone();
        Arrays.sort(sorted);
        int hits = 0;
        for (int q : queries) {
            for (int k : sorted) {
                if (k == q) {
                    hits++;
                    break;
                }
                if (k > q) {
                    break;
                }
            }
        }
        return hits;
    }
}
