import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

final class Slow {

    int[] distinctValues(int[] values) {
        List<Integer> seen = new ArrayList<>();
        for (int v : values) {
            if (seen.contains(v)) {
                continue;
            }
            seen.add(v);
        }
        int[] out = new int[seen.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = seen.get(i);
        }
        return out;
    }
}
