final class Fast {

    static int distance(String a, String b) {
        int[][] memo = new int[a.length() + 1][b.length() + 1];
        for (int[] row : memo) {
            java.util.Arrays.fill(row, -1);
        }
        return distance(a, b, 0, 0, memo);
    }

    private static int distance(String a, String b, int i, int j, int[][] memo) {
        if (i == a.length()) {
            return b.length() - j;
        }
        if (j == b.length()) {
            return a.length() - i;
        }
        if (memo[i][j] >= 0) {
            return memo[i][j];
        }
        int result;
        if (a.charAt(i) == b.charAt(j)) {
            result = distance(a, b, i + 1, j + 1, memo);
        } else {
            int replace = distance(a, b, i + 1, j + 1, memo);
            int delete = distance(a, b, i + 1, j, memo);
            int insert = distance(a, b, i, j + 1, memo);
            result = 1 + Math.min(replace, Math.min(delete, insert));
        }
        memo[i][j] = result;
        return result;
    }
}
