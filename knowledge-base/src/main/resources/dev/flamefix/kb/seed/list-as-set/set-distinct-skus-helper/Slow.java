import dev.flamefix.kb.seed.SeedDomain.Order;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

final class Slow {

    List<String> distinctSkus(List<Order> orders) {
        List<String> out = new ArrayList<>();
        for (Order o : orders) {
            addOnce(out, o.sku());
        }
        return out;
    }

    private static void addOnce(List<String> out, String sku) {
        if (!out.contains(sku)) {
            out.add(sku);
        }
    }
}
