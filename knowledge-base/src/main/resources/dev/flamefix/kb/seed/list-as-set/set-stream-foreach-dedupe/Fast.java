import dev.flamefix.kb.seed.SeedDomain.LogLine;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

final class Fast {

    List<String> servicesInOrder(List<LogLine> lines) {
        LinkedHashSet<String> services = new LinkedHashSet<>();
        lines.stream().map(LogLine::service).forEach(services::add);
        return new ArrayList<>(services);
    }
}
