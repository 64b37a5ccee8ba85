import dev.flamefix.kb.seed.SeedDomain.Reading;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

final class Fast {

    static Map<String, Long> firstSeen(List<Reading> readings) {
        Map<String, Long> first = new HashMap<>();
        for (Reading r : readings) {
            first.putIfAbsent(r.sensorId(), r.timestamp());
        }
        return first;
    }
}
