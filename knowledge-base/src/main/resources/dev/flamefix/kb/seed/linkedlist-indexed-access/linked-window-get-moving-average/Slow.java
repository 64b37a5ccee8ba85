import dev.flamefix.kb.seed.SeedDomain.Reading;
import java.util.LinkedList;

final class Slow {

    static double[] movingAverage(LinkedList<Reading> readings) {
        int window = 8;
        int n = Math.max(0, readings.size() - window + 1);
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (int j = 0; j < window; j++) {
                sum += readings.get(i + j).value();
            }
            out[i] = sum / window;
        }
        return out;
    }
}
