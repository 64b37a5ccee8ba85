import dev.flamefix.kb.seed.SeedDomain.Cell;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

final class Fast {

    private final Map<Cell, Double> cache = new HashMap<>();

    double distance(Cell c) {
        return cache.computeIfAbsent(c, k -> Math.sqrt((double) k.row() * k.row() + (double) k.col() * k.col()));
    }

    double totalDistance(List<Cell> cells) {
        double total = 0;
        for (Cell c : cells) {
            total += distance(c);
        }
        return total;
    }
}
