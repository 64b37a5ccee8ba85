import dev.flamefix.kb.seed.SeedDomain.Reading;
import java.util.Arrays;
import java.util.List;

final class Slow {

    double[] appendAll(List<Reading> readings) {
        double[] values = new double[0];
        for (Reading r : readings) {
            double[] grown = new double[values.length + 1];
            for (int i = 0; i < values.length; i++) {
                grown[i] = values[i];
            }
            grown[values.length] = r.value();
            values = grown;
        }
        return values;
    }
}
