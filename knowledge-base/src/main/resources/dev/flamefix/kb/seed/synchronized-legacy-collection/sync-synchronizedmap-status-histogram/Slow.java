import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

final class Slow {

    static Map<Integer, Integer> histogram(int[] statusCodes) {
        Map<Integer, Integer> counts = Collections.synchronizedMap(new HashMap<>());
        for (int code : statusCodes) {
            counts.merge(code, 1, Integer::sum);
        }
        return counts;
    }
}
