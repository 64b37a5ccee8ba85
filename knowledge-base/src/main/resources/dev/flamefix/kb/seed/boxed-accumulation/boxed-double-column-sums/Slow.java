final class Slow {

    static double[] columnSums(double[][] m) {
        int cols = m.length == 0 ? 0 : m[0].length;
        Double[] sums = new Double[cols];
        java.util.Arrays.fill(sums, 0.0);
        for (double[] row : m) {
            for (int j = 0; j < cols; j++) {
                sums[j] += row[j];
            }
        }
        double[] out = new double[cols];
        for (int j = 0; j < cols; j++) {
            out[j] = sums[j];
        }
        return out;
    }
}
