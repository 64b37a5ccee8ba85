import dev.flamefix.kb.seed.SeedDomain.Order;
import java.util.List;
import java.util.regex.Pattern;

final class Fast {

    private final Pattern customerId = Pattern.compile("C\\d{4,6}");

    boolean isValid(Order order) {
        return order.quantity() > 0 && customerId.matcher(order.customerId()).matches();
    }

    int countValid(List<Order> orders) {
        int valid = 0;
        for (Order o : orders) {
            if (isValid(o)) {
                valid++;
            }
        }
        return valid;
    }
}
