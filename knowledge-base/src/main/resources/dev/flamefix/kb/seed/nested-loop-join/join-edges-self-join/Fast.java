import dev.flamefix.kb.seed.SeedDomain.Edge;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

final class Fast {

    static int twoHopCount(List<Edge> edges) {
        Map<Integer, List<Edge>> outgoing = new HashMap<>();
        for (Edge e : edges) {
            outgoing.computeIfAbsent(e.from(), k -> new ArrayList<>()).add(e);
        }
        Set<Long> pairs = new HashSet<>();
        for (Edge first : edges) {
            for (Edge second : outgoing.getOrDefault(first.to(), List.of())) {
                if (first.from() != second.to()) {
                    pairs.add(((long) first.from() << 32) | second.to());
                }
            }
        }
        return pairs.size();
    }
}
