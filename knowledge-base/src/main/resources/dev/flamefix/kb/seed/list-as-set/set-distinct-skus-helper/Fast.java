import dev.flamefix.kb.seed.SeedDomain.Order;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

final class Fast {

    List<String> distinctSkus(List<Order> orders) {
        List<String> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Order o : orders) {
            if (seen.add(o.sku())) {
                out.add(o.sku());
            }
        }
        return out;
    }
}
