import dev.flamefix.kb.seed.SeedDomain.LogLine;
import dev.flamefix.kb.seed.SeedDomain.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

final class Slow {

    List<Severity> severities(List<LogLine> lines) {
        List<Severity> out = new ArrayList<>();
        for (LogLine l : lines) {
            out.add(Stream.of(Severity.values())
                    .filter(s -> s.name().equals(l.level()))
                    .findFirst()
                    .orElse(Severity.INFO));
        }
        return out;
    }
}
