import dev.flamefix.kb.seed.SeedDomain.LogLine;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

final class Fast {

    Map<String, Integer> countByServiceAndLevel(List<LogLine> lines) {
        Map<String, Integer> counts = new HashMap<>();
        for (LogLine l : lines) {
            counts.merge(l.service() + ":" + l.level(), 1, Integer::sum);
        }
        return counts;
    }
}
