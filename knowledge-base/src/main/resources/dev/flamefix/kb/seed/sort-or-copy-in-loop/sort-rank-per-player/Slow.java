import java.util.Arrays;
import java.util.Collections;

final class Slow {

    /**
     * Rank 1 is the highest score; ties share the better rank.
     */
    static int[] ranks(int[] scores) {
        int[] ranks = new int[scores.length];
        for (int p = 0; p < scores.length; p++) {
            Integer[] sorted = new Integer[scores.length];
            for (int i = 0; i < scores.length; i++) {
                sorted[i] = scores[i];
            }
            Arrays.sort(sorted, Collections.reverseOrder());
            ranks[p] = Arrays.asList(sorted).indexOf(scores[p]) + 1;
        }
        return ranks;
    }
}
