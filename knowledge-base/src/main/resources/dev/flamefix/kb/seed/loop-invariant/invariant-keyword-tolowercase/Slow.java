import dev.flamefix.kb.seed.SeedDomain.LogLine;
import java.util.List;

final class Slow {

    static int matching(List<LogLine> lines, String keyword) {
        int hits = 0;
        for (LogLine l : lines) {
            if (l.message().contains(keyword.toLowerCase().trim())) {
                hits++;
            }
        }
        return hits;
    }
}
