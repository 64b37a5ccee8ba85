import dev.flamefix.kb.seed.SeedDomain.Edge;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

final class Slow {

    static int twoHopCount(List<Edge> edges) {
        Set<Long> pairs = new HashSet<>();
        for (Edge first : edges) {
            for (Edge second : edges) {
                if (first.to() == second.from() && first.from() != second.to()) {
                    pairs.add(((long) first.from() << 32) | second.to());
                }
            }
        }
        return pairs.size();
    }
}
