import dev.flamefix.kb.seed.SeedDomain.Severity;
import java.util.List;

final class Slow {

    static int[] severities(List<String> names) {
        int[] counts = new int[Severity.values().length];
        for (String name : names) {
            Severity s;
            try {
                s = Severity.valueOf(name);
            } catch (IllegalArgumentException e) {
                s = Severity.INFO;
            }
            counts[s.ordinal()]++;
        }
        return counts;
    }
}
