import dev.flamefix.kb.seed.SeedDomain.Order;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

final class Fast {

    int medianQuantity(List<Order> orders) {
        int[] quantities = new int[orders.size()];
        int k = 0;
        for (Order o : orders) {
            quantities[k++] = o.quantity();
        }
        if (quantities.length == 0) {
            return 0;
        }
        Arrays.sort(quantities);
        return quantities[quantities.length / 2];
    }
}
