import dev.flamefix.kb.seed.SeedDomain.Reading;
import java.util.ArrayList;
import java.util.LinkedList;
import java.util.List;

final class Fast {

    static List<Double> downsample(LinkedList<Reading> readings) {
        List<Double> out = new ArrayList<>();
        int i = 0;
        for (Reading r : readings) {
            if (i++ % 5 == 0) {
                out.add(r.value());
            }
        }
        return out;
    }
}
