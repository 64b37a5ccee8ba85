import dev.flamefix.kb.seed.SeedDomain.Reading;
import java.util.List;
import java.util.stream.Collectors;

final class Slow {

    static double median(List<Reading> readings) {
        List<Double> sorted = readings.stream().map(Reading::value).sorted().collect(Collectors.toList());
        return sorted.isEmpty() ? Double.NaN : sorted.get(sorted.size() / 2);
    }
}
