import dev.flamefix.kb.seed.SeedDomain.Order;
import java.util.List;
import java.util.Map;

final class Slow {

    static <E extends Enum<E>> Map<String, Integer> speeds(List<Order> orders, Class<E> type) {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        for (Order o : orders) {
            E[] constants = type.getEnumConstants();
            E chosen = constants[(int) (o.id() % constants.length)];
            counts.merge(chosen.name(), 1, Integer::sum);
        }
        return counts;
    }
}
