import dev.flamefix.kb.seed.SeedDomain.Severity;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

final class Fast {

    private static final Map<String, Severity> BY_NAME = new HashMap<>();

    static {
        for (Severity s : Severity.values()) {
            BY_NAME.put(s.name(), s);
        }
    }

    static int[] severities(List<String> names) {
        int[] counts = new int[Severity.values().length];
        for (String name : names) {
            counts[BY_NAME.getOrDefault(name, Severity.INFO).ordinal()]++;
        }
        return counts;
    }
}
