import java.util.Arrays;

final class Fast {

    int countKnown(int[] known, int[] queries) {
        int[] sorted = known.clone();
        Arrays.sort(sorted);
        int hits = 0;
        for (int q : queries) {
            if (Arrays.binarySearch(sorted, q) >= 0) {
                hits++;
            }
        }
        return hits;
    }
}
