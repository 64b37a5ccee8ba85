import dev.flamefix.kb.seed.SeedDomain.LogLine;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

final class Slow {

    List<String> servicesInOrder(List<LogLine> lines) {
        List<String> services = new ArrayList<>();
        lines.stream().map(LogLine::service).forEach(s -> {
            if (!services.contains(s)) {
                services.add(s);
            }
        });
        return services;
    }
}
