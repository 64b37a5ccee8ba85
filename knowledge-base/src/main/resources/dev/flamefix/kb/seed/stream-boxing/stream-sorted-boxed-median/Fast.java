import dev.flamefix.kb.seed.SeedDomain.Reading;
import java.util.List;

final class Fast {

    static double median(List<Reading> readings) {
        double[] sorted = readings.stream().mapToDouble(Reading::value).sorted().toArray();
        return sorted.length == 0 ? Double.NaN : sorted[sorted.length / 2];
    }
}
