import dev.flamefix.kb.seed.SeedDomain.Reading;
import java.util.List;

final class Fast {

    double[] cumulative(List<Reading> readings) {
        double[] out = new double[readings.size()];
        double sum = 0;
        for (int i = 0; i < out.length; i++) {
            sum += readings.get(i).value();
            out[i] = sum;
        }
        return out;
    }
}
