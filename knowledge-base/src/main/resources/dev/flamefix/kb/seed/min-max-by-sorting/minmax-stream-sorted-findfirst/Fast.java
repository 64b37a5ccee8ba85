import dev.flamefix.kb.seed.SeedDomain.Reading;
import java.util.Comparator;
import java.util.List;

final class Fast {

    double peak(List<Reading> readings) {
        double best = Double.NEGATIVE_INFINITY;
        boolean any = false;
        for (Reading r : readings) {
            double v = r.value();
            if (!any || Double.compare(v, best) > 0) {
                best = v;
                any = true;
            }
        }
        return best;
    }
}
