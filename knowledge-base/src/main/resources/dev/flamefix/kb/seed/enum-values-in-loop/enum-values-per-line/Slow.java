import dev.flamefix.kb.seed.SeedDomain.LogLine;
import dev.flamefix.kb.seed.SeedDomain.Severity;
import java.util.List;

final class Slow {

    int[] severityCounts(List<LogLine> lines) {
        int[] counts = new int[Severity.values().length];
        for (LogLine l : lines) {
            for (Severity s : Severity.values()) {
                if (s.name().equals(l.level())) {
                    counts[s.ordinal()]++;
                }
            }
        }
        return counts;
    }
}
