import dev.flamefix.kb.seed.SeedDomain.Reading;
import java.util.Arrays;
import java.util.List;

final class Fast {

    double[] appendAll(List<Reading> readings) {
        double[] values = new double[0];
        for (Reading r : readings) {
            double[] grown = Arrays.copyOf(values, values.length + 1);
            grown[values.length] = r.value();
            values = grown;
        }
        return values;
    }
}
