final class Slow {

    double variance(double[] xs) {
        double mean = 0;
        for (double x : xs) {
            mean += x;
        }
        mean /= xs.length;
        double sum = 0;
        for (int i = 0; i < xs.length; i++) {
            sum += Math.pow(xs[i] - mean, 2);
        }
        return sum / xs.length;
    }
}
