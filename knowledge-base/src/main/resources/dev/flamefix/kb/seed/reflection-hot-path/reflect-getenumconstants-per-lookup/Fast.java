import dev.flamefix.kb.seed.SeedDomain.Order;
import java.util.List;
import java.util.Map;

final class Fast {

    static <E extends Enum<E>> Map<String, Integer> speeds(List<Order> orders, Class<E> type) {
        E[] constants = type.getEnumConstants();
        Map<String, Integer> counts = new java.util.TreeMap<>();
        for (Order o : orders) {
            E chosen = constants[(int) (o.id() % constants.length)];
            counts.merge(chosen.name(), 1, Integer::sum);
        }
        return counts;
    }
}
