import dev.flamefix.kb.seed.SeedDomain.Reading;
import java.util.ArrayList;
import java.util.List;

final class Slow {

    double stdDev(List<Reading> readings) {
        List<Double> values = new ArrayList<>();
        for (Reading r : readings) {
            values.add(r.value());
        }
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        double mean = sum / values.size();
        double sq = 0;
        for (int i = 0; i < values.size(); i++) {
            double d = values.get(i) - mean;
            sq += d * d;
        }
        return Math.sqrt(sq / values.size());
    }
}
