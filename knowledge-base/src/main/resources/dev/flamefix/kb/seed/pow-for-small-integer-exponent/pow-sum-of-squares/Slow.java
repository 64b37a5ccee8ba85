final class Slow {

    double sumOfSquares(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += Math.pow(v, 2);
        }
        return sum;
    }
}
