import dev.flamefix.kb.seed.SeedDomain.StockItem;
import java.util.List;
import java.util.Locale;

final class Slow {

    String table(List<StockItem> items) {
        StringBuilder out = new StringBuilder();
        for (StockItem s : items) {
            out.append(row(s)).append('\n');
        }
        return out.toString();
    }

    private static String row(StockItem s) {
        return String.format(Locale.ROOT, "%-12s|%6d", s.sku(), s.onHand());
    }
}
