import dev.flamefix.kb.seed.SeedDomain.Edge;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

final class Slow {

    static List<Integer> reachableFromZero(int nodes, List<Edge> edges) {
        List<List<Integer>> adjacent = new ArrayList<>();
        for (int i = 0; i < nodes; i++) {
            adjacent.add(new ArrayList<>());
        }
        for (Edge e : edges) {
            adjacent.get(e.from()).add(e.to());
        }
        List<Integer> visited = new ArrayList<>();
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        queue.add(0);
        visited.add(0);
        while (!queue.isEmpty()) {
            int node = queue.poll();
            for (int next : adjacent.get(node)) {
                if (!visited.contains(next)) {
                    visited.add(next);
                    queue.add(next);
                }
            }
        }
        return visited;
    }
}
