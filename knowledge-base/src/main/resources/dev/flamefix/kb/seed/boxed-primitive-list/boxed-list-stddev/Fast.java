import dev.flamefix.kb.seed.SeedDomain.Reading;
import java.util.ArrayList;
import java.util.List;

final class Fast {

    double stdDev(List<Reading> readings) {
        double[] values = new double[readings.size()];
        int k = 0;
        for (Reading r : readings) {
            values[k++] = r.value();
        }
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        double mean = sum / values.length;
        double sq = 0;
        for (int i = 0; i < values.length; i++) {
            double d = values[i] - mean;
            sq += d * d;
        }
        return Math.sqrt(sq / values.length);
    }
}
