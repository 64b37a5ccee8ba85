import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

final class Fast {

    static List<String> tierNames(Map<Long, String> tiers, long[] amounts) {
        TreeMap<Long, String> sorted = new TreeMap<>(tiers);
        List<String> out = new ArrayList<>();
        for (long a : amounts) {
            Map.Entry<Long, String> floor = sorted.floorEntry(a);
            out.add(floor == null ? "none" : floor.getValue());
        }
        return out;
    }
}
