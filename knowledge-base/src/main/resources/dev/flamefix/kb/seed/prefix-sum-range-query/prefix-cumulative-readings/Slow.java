import dev.flamefix.kb.seed.SeedDomain.Reading;
import java.util.List;

final class Slow {

    double[] cumulative(List<Reading> readings) {
        double[] out = new double[readings.size()];
        for (int i = 0; i < out.length; i++) {
            double sum = 0;
            for (int j = 0; j <= i; j++) {
                sum += readings.get(j).value();
            }
            out[i] = sum;
        }
        return out;
    }
}
