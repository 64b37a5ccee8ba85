import java.util.Arrays;

final class Slow {

    int healthySensors(double[][] samples, double limit) {
        int healthy = 0;
        for (double[] s : samples) {
            long over = Arrays.stream(s).filter(v -> v > limit).count();
            if (over == 0) {
                healthy++;
            }
        }
        return healthy;
    }
}
