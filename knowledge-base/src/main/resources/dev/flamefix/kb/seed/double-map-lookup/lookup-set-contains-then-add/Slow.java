import dev.flamefix.kb.seed.SeedDomain.Cell;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

final class Slow {

    static List<Cell> firstVisits(List<Cell> path) {
        Set<Cell> seen = new HashSet<>();
        List<Cell> order = new ArrayList<>();
        for (Cell c : path) {
            if (!seen.contains(c)) {
                seen.add(c);
                order.add(c);
            }
        }
        return order;
    }
}
