import dev.flamefix.kb.seed.SeedDomain.LogLine;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

final class Fast {

    static List<String> servicesOfFailedRequests(List<LogLine> errors, List<LogLine> access) {
        Map<String, String> serviceByRequest = new HashMap<>();
        for (LogLine a : access) {
            serviceByRequest.putIfAbsent(a.message().substring(0, a.message().indexOf(' ')), a.service());
        }
        List<String> out = new ArrayList<>();
        for (LogLine e : errors) {
            String id = e.message().substring(0, e.message().indexOf(' '));
            String service = serviceByRequest.get(id);
            if (service != null) {
                out.add(id + "->" + service);
            }
        }
        return out;
    }
}
