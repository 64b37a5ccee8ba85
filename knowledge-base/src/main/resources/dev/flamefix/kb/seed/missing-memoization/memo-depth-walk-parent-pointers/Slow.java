final class Slow {

    static long totalDepth(int[] parents) {
        long total = 0;
        for (int node = 0; node < parents.length; node++) {
            int depth = 0;
            for (int p = parents[node]; p >= 0; p = parents[p]) {
                depth++;
            }
            total += depth;
        }
        return total;
    }
}
