import dev.flamefix.kb.seed.SeedDomain.Edge;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

final class Slow {

    int reachable(List<Edge> edges) {
        if (edges.isEmpty()) {
            return 0;
        }
        Map<Integer, List<Integer>> next = new HashMap<>();
        for (Edge e : edges) {
            next.computeIfAbsent(e.from(), k -> new ArrayList<>()).add(e.to());
        }
        Set<Integer> seen = new HashSet<>();
        List<Integer> queue = new ArrayList<>();
        queue.add(edges.get(0).from());
        seen.add(edges.get(0).from());
        while (!queue.isEmpty()) {
            int node = queue.remove(0);
            for (int n : next.getOrDefault(node, List.of())) {
                if (seen.add(n)) {
                    queue.add(n);
                }
            }
        }
        return seen.size();
    }
}
