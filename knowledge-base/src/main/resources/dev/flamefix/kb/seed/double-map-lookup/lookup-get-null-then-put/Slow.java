import dev.flamefix.kb.seed.SeedDomain.Reading;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

final class Slow {

    static Map<String, Long> firstSeen(List<Reading> readings) {
        Map<String, Long> first = new HashMap<>();
        for (Reading r : readings) {
            if (first.get(r.sensorId()) == null) {
                first.put(r.sensorId(), r.timestamp());
            }
        }
        return first;
    }
}
