import dev.flamefix.kb.seed.SeedDomain.Reading;
import java.util.List;

final class Fast {

    static double average(List<Reading> readings) {
        double sum = 0.0;
        int count = 0;
        for (Reading r : readings) {
            sum += r.value();
            count++;
        }
        return count == 0 ? 0.0 : sum / count;
    }
}
