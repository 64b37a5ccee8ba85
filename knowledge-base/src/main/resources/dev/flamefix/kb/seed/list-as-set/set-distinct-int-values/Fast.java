import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

final class Fast {

    int[] distinctValues(int[] values) {
        Set<Integer> seen = new LinkedHashSet<>();
        for (int v : values) {
            seen.add(v);
        }
        int[] out = new int[seen.size()];
        int i = 0;
        for (int v : seen) {
            out[i++] = v;
        }
        return out;
    }
}
