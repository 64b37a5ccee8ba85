import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

final class Slow {

    static Set<Integer> unknownScans(int[] catalog, int[] scanned) {
        Set<Integer> known = Collections.synchronizedSet(new HashSet<>());
        for (int id : catalog) {
            known.add(id);
        }
        Set<Integer> unknown = Collections.synchronizedSet(new HashSet<>());
        for (int id : scanned) {
            if (!known.contains(id)) {
                unknown.add(id);
            }
        }
        return unknown;
    }
}
