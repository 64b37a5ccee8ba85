import java.util.List;

final class Fast {

    static int localMaxima(List<List<Integer>> grid) {
        int[][] dirs = { { -1, 0 }, { 1, 0 }, { 0, -1 }, { 0, 1 } };
        int count = 0;
        for (int r = 0; r < grid.size(); r++) {
            for (int c = 0; c < grid.get(r).size(); c++) {
                int v = grid.get(r).get(c);
                boolean max = true;
                for (int[] d : dirs) {
                    int nr = r + d[0];
                    int nc = c + d[1];
                    if (nr >= 0 && nr < grid.size() && nc >= 0 && nc < grid.get(nr).size() && grid.get(nr).get(nc) >= v) {
                        max = false;
                    }
                }
                if (max) {
                    count++;
                }
            }
        }
        return count;
    }
}
