import java.util.HashSet;
import java.util.Set;

final class Fast {

    static Set<Integer> unknownScans(int[] catalog, int[] scanned) {
        Set<Integer> known = new HashSet<>();
        for (int id : catalog) {
            known.add(id);
        }
        Set<Integer> unknown = new HashSet<>();
        for (int id : scanned) {
            if (!known.contains(id)) {
                unknown.add(id);
            }
        }
        return unknown;
    }
}
