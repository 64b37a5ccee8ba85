final class Slow {

    static int longestStart(int limit) {
        int best = 1;
        int bestLength = 0;
        for (int start = 1; start < limit; start++) {
            long n = start;
            int length = 1;
            while (n != 1) {
                n = (n % 2 == 0) ? n / 2 : 3 * n + 1;
                length++;
            }
            if (length > bestLength) {
                bestLength = length;
                best = start;
            }
        }
        return best;
    }
}
