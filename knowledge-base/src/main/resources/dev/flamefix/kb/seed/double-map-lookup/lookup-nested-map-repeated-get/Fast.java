import dev.flamefix.kb.seed.SeedDomain.Edge;
import java.util.List;
import java.util.Map;

final class Fast {

    static long pathWeight(Map<Integer, Map<Integer, Integer>> weights, List<Edge> hops) {
        long total = 0;
        for (Edge hop : hops) {
            Map<Integer, Integer> row = weights.get(hop.from());
            Integer w = row == null ? null : row.get(hop.to());
            if (w != null) {
                total += w;
            }
        }
        return total;
    }
}
