import java.util.List;

final class Slow {

    static int localMaxima(List<List<Integer>> grid) {
        int[][] dirs = { { -1, 0 }, { 1, 0 }, { 0, -1 }, { 0, 1 } };
        int count = 0;
        for (int r = 0; r < grid.size(); r++) {
            for (int c = 0; c < grid.get(r).size(); c++) {
                int v = grid.get(r).get(c);
                boolean max = true;
                for (int[] d : dirs) {
                    try {
                        if (grid.get(r + d[0]).get(c + d[1]) >= v) {
                            max = false;
                        }
                    } catch (IndexOutOfBoundsException outside) {
                        // edge of the grid
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
