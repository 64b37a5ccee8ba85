final class Fast {

    double variance(double[] xs) {
        double mean = 0;
        for (double x : xs) {
            mean += x;
        }
        mean /= xs.length;
        double sum = 0;
        for (int i = 0; i < xs.length; i++) {
            double d = xs[i] - mean;
            sum += d * d;
        }
        return sum / xs.length;
    }
}
