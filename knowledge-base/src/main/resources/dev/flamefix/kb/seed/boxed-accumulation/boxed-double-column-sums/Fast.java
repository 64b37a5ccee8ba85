final class Fast {

    static double[] columnSums(double[][] m) {
        int cols = m.length == 0 ? 0 : m[0].length;
        double[] sums = new double[cols];
        for (double[] row : m) {
            for (int j = 0; j < cols; j++) {
                sums[j] += row[j];
            }
        }
        return sums;
    }
}
