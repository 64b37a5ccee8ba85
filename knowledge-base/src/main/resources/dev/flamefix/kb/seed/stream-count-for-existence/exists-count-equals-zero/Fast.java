import java.util.Arrays;

final class Fast {

    int healthySensors(double[][] samples, double limit) {
        int healthy = 0;
        for (double[] s : samples) {
            if (Arrays.stream(s).noneMatch(v -> v > limit)) {
                healthy++;
            }
        }
        return healthy;
    }
}
