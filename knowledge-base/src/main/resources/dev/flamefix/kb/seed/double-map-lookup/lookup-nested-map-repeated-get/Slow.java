import dev.flamefix.kb.seed.SeedDomain.Edge;
import java.util.List;
import java.util.Map;

final class Slow {

    static long pathWeight(Map<Integer, Map<Integer, Integer>> weights, List<Edge> hops) {
        long total = 0;
        for (Edge hop : hops) {
            if (weights.containsKey(hop.from()) && weights.get(hop.from()).containsKey(hop.to())) {
                total += weights.get(hop.from()).get(hop.to());
            }
        }
        return total;
    }
}
