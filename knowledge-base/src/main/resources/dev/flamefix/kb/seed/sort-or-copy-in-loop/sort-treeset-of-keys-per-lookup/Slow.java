import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

final class Slow {

    static List<String> tierNames(Map<Long, String> tiers, long[] amounts) {
        List<String> out = new ArrayList<>();
        for (long a : amounts) {
            TreeSet<Long> bounds = new TreeSet<>(tiers.keySet());
            Long floor = bounds.floor(a);
            out.add(floor == null ? "none" : tiers.get(floor));
        }
        return out;
    }
}
