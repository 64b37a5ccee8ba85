import dev.flamefix.kb.seed.SeedDomain.Cell;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

final class Slow {

    private final Map<Cell, Double> cache = new HashMap<>();

    double distance(Cell c) {
        if (cache.containsKey(c)) {
            return cache.get(c);
        }
        double d = Math.sqrt((double) c.row() * c.row() + (double) c.col() * c.col());
        cache.put(c, d);
        return d;
    }

    double totalDistance(List<Cell> cells) {
        double total = 0;
        for (Cell c : cells) {
            total += distance(c);
        }
        return total;
    }
}
