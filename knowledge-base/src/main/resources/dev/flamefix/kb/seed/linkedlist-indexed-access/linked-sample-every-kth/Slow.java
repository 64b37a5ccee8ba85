import dev.flamefix.kb.seed.SeedDomain.Reading;
import java.util.ArrayList;
import java.util.LinkedList;
import java.util.List;

final class Slow {

    static List<Double> downsample(LinkedList<Reading> readings) {
        List<Double> out = new ArrayList<>();
        for (int i = 0; i * 5 < readings.size(); i++) {
            out.add(readings.get(i * 5).value());
        }
        return out;
    }
}
