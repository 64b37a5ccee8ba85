import dev.flamefix.kb.seed.SeedDomain.LogLine;
import java.util.List;

final class Fast {

    static int matching(List<LogLine> lines, String keyword) {
        String needle = keyword.toLowerCase().trim();
        int hits = 0;
        for (LogLine l : lines) {
            if (l.message().contains(needle)) {
                hits++;
            }
        }
        return hits;
    }
}
