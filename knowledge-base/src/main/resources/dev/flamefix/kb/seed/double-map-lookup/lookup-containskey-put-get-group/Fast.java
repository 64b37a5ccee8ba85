import dev.flamefix.kb.seed.SeedDomain.LogLine;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

final class Fast {

    static Map<String, List<String>> byServiceAndLevel(List<LogLine> lines) {
        Map<String, List<String>> groups = new TreeMap<>();
        for (LogLine l : lines) {
            groups.computeIfAbsent(l.service() + ":" + l.level(), k -> new ArrayList<>()).add(l.message());
        }
        return groups;
    }
}
