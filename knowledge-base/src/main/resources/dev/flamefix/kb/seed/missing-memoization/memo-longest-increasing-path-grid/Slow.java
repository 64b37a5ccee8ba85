final class Slow {

    static int longest(int[][] grid) {
        int best = 0;
        for (int r = 0; r < grid.length; r++) {
            for (int c = 0; c < grid[r].length; c++) {
                best = Math.max(best, from(grid, r, c));
            }
        }
        return best;
    }

    private static int from(int[][] grid, int r, int c) {
        int best = 1;
        int[][] dirs = { { 1, 0 }, { -1, 0 }, { 0, 1 }, { 0, -1 } };
        for (int[] d : dirs) {
            int nr = r + d[0];
            int nc = c + d[1];
            if (nr >= 0 && nr < grid.length && nc >= 0 && nc < grid[nr].length && grid[nr][nc] > grid[r][c]) {
                best = Math.max(best, 1 + from(grid, nr, nc));
            }
        }
        return best;
    }
}
