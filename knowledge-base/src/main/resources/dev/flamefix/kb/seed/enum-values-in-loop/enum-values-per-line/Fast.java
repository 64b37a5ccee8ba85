import dev.flamefix.kb.seed.SeedDomain.LogLine;
import dev.flamefix.kb.seed.SeedDomain.Severity;
import java.util.List;

final class Fast {

    private static final Severity[] SEVERITIES = Severity.values();

    int[] severityCounts(List<LogLine> lines) {
        int[] counts = new int[SEVERITIES.length];
        for (LogLine l : lines) {
            for (Severity s : SEVERITIES) {
                if (s.name().equals(l.level())) {
                    counts[s.ordinal()]++;
                }
            }
        }
        return counts;
    }
}
