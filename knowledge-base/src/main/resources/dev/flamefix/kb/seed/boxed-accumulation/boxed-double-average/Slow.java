import dev.flamefix.kb.seed.SeedDomain.Reading;
import java.util.List;

final class Slow {

    static double average(List<Reading> readings) {
        Double sum = 0.0;
        Integer count = 0;
        for (Reading r : readings) {
            sum += r.value();
            count++;
        }
        return count == 0 ? 0.0 : sum / count;
    }
}
