import dev.flamefix.kb.seed.SeedDomain.Reading;
import java.util.Comparator;
import java.util.List;

final class Slow {

    double peak(List<Reading> readings) {
        return readings.stream()
                .map(Reading::value)
                .sorted(Comparator.reverseOrder())
                .findFirst()
                .orElse(Double.NEGATIVE_INFINITY);
    }
}
