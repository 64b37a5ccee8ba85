import dev.flamefix.kb.seed.SeedDomain.Reading;
import java.util.LinkedList;

final class Fast {

    static double[] movingAverage(LinkedList<Reading> readings) {
        int window = 8;
        double[] values = new double[readings.size()];
        int k = 0;
        for (Reading r : readings) {
            values[k++] = r.value();
        }
        int n = Math.max(0, values.length - window + 1);
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (int j = 0; j < window; j++) {
                sum += values[i + j];
            }
            out[i] = sum / window;
        }
        return out;
    }
}
