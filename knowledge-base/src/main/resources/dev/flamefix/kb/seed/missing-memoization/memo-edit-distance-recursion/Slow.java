final class Slow {

    static int distance(String a, String b) {
        return distance(a, b, 0, 0);
    }

    private static int distance(String a, String b, int i, int j) {
        if (i == a.length()) {
            return b.length() - j;
        }
        if (j == b.length()) {
            return a.length() - i;
        }
        if (a.charAt(i) == b.charAt(j)) {
            return distance(a, b, i + 1, j + 1);
        }
        int replace = distance(a, b, i + 1, j + 1);
        int delete = distance(a, b, i + 1, j);
        int insert = distance(a, b, i, j + 1);
        return 1 + Math.min(replace, Math.min(delete, insert));
    }
}
