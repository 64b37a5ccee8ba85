import dev.flamefix.kb.seed.SeedDomain.LogLine;
import java.util.ArrayList;
import java.util.List;

final class Slow {

    static List<String> servicesOfFailedRequests(List<LogLine> errors, List<LogLine> access) {
        List<String> out = new ArrayList<>();
        for (LogLine e : errors) {
            String id = e.message().substring(0, e.message().indexOf(' '));
            for (LogLine a : access) {
                if (a.message().substring(0, a.message().indexOf(' ')).equals(id)) {
                    out.add(id + "->" + a.service());
                    break;
                }
            }
        }
        return out;
    }
}
