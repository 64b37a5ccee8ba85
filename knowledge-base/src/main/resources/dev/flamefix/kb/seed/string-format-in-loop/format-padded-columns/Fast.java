import dev.flamefix.kb.seed.SeedDomain.StockItem;
import java.util.List;
import java.util.Locale;

final class Fast {

    String table(List<StockItem> items) {
        StringBuilder out = new StringBuilder();
        for (StockItem s : items) {
            String sku = String.valueOf(s.sku());
            out.append(sku);
            for (int i = sku.length(); i < 12; i++) {
                out.append(' ');
            }
            out.append('|');
            String qty = Integer.toString(s.onHand());
            for (int i = qty.length(); i < 6; i++) {
                out.append(' ');
            }
            out.append(qty).append('\n');
        }
        return out.toString();
    }
}
