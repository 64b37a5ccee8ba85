final class Fast {

    static int longest(int[][] grid) {
        int[][] memo = new int[grid.length][];
        for (int r = 0; r < grid.length; r++) {
            memo[r] = new int[grid[r].length];
        }
        int best = 0;
        for (int r = 0; r < grid.length; r++) {
            for (int c = 0; c < grid[r].length; c++) {
                best = Math.max(best, from(grid, r, c, memo));
            }
        }
        return best;
    }

    private static int from(int[][] grid, int r, int c, int[][] memo) {
        if (memo[r][c] > 0) {
            return memo[r][c];
        }
        int best = 1;
        int[][] dirs = { { 1, 0 }, { -1, 0 }, { 0, 1 }, { 0, -1 } };
        for (int[] d : dirs) {
            int nr = r + d[0];
            int nc = c + d[1];
            if (nr >= 0 && nr < grid.length && nc >= 0 && nc < grid[nr].length && grid[nr][nc] > grid[r][c]) {
                best = Math.max(best, 1 + from(grid, nr, nc, memo));
            }
        }
        memo[r][c] = best;
        return best;
    }
}
