final class Fast {

    static int longestStart(int limit) {
        int[] lengths = new int[Math.max(limit, 2)];
        lengths[1] = 1;
        int best = 1;
        int bestLength = 0;
        for (int start = 1; start < limit; start++) {
            long n = start;
            int steps = 0;
            while (n >= limit || lengths[(int) n] == 0) {
                n = (n % 2 == 0) ? n / 2 : 3 * n + 1;
                steps++;
            }
            int length = lengths[(int) n] + steps;
            lengths[start] = length;
            if (length > bestLength) {
                bestLength = length;
                best = start;
            }
        }
        return best;
    }
}
