import dev.flamefix.kb.seed.SeedDomain.LogLine;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

final class Slow {

    static Map<String, List<String>> byServiceAndLevel(List<LogLine> lines) {
        Map<String, List<String>> groups = new TreeMap<>();
        for (LogLine l : lines) {
            String key = l.service() + ":" + l.level();
            if (!groups.containsKey(key)) {
                groups.put(key, new ArrayList<>());
            }
            groups.get(key).add(l.message());
        }
        return groups;
    }
}
