final class Fast {

    static double variance(double[] samples) {
        if (samples.length == 0) {
            return 0.0;
        }
        double sum = 0.0;
        for (double v : samples) {
            sum += v;
        }
        double mean = sum / samples.length;
        double squares = 0.0;
        for (double v : samples) {
            squares += (v - mean) * (v - mean);
        }
        return squares / samples.length;
    }
}
