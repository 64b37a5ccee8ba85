final class Fast {

    static long totalDepth(int[] parents) {
        int[] depth = new int[parents.length];
        java.util.Arrays.fill(depth, -1);
        long total = 0;
        for (int node = 0; node < parents.length; node++) {
            total += depthOf(node, parents, depth);
        }
        return total;
    }

    private static int depthOf(int node, int[] parents, int[] depth) {
        if (depth[node] >= 0) {
            return depth[node];
        }
        int d = parents[node] < 0 ? 0 : depthOf(parents[node], parents, depth) + 1;
        depth[node] = d;
        return d;
    }
}
