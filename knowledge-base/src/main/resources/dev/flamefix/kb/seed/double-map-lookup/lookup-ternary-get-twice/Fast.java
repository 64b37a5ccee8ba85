import dev.flamefix.kb.seed.SeedDomain.Cell;
import java.util.List;
import java.util.Map;

final class Fast {

    static long totalHeight(Map<Cell, Integer> heights, List<Cell> probes) {
        long total = 0;
        for (Cell p : probes) {
            total += heights.getOrDefault(p, 0);
        }
        return total;
    }
}
