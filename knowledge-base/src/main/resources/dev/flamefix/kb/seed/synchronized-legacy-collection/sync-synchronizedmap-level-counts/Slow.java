import dev.flamefix.kb.seed.SeedDomain.LogLine;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

final class Slow {

    static Map<String, Integer> levelCounts(List<LogLine> lines) {
        Map<String, Integer> counts = Collections.synchronizedMap(new HashMap<>());
        for (LogLine l : lines) {
            String key = l.service() + "/" + l.level();
            if (counts.containsKey(key)) {
                counts.put(key, counts.get(key) + 1);
            } else {
                counts.put(key, 1);
            }
        }
        return counts;
    }
}
