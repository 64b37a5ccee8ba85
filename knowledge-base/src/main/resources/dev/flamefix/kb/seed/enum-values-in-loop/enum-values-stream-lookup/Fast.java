import dev.flamefix.kb.seed.SeedDomain.LogLine;
import dev.flamefix.kb.seed.SeedDomain.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

final class Fast {

    private static final Map<String, Severity> BY_NAME = new HashMap<>();

    static {
        for (Severity s : Severity.values()) {
            BY_NAME.put(s.name(), s);
        }
    }

    List<Severity> severities(List<LogLine> lines) {
        List<Severity> out = new ArrayList<>();
        for (LogLine l : lines) {
            out.add(BY_NAME.getOrDefault(l.level(), Severity.INFO));
        }
        return out;
    }
}
