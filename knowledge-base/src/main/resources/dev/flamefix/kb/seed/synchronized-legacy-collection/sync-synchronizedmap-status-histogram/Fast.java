import java.util.HashMap;
import java.util.Map;

final class Fast {

    static Map<Integer, Integer> histogram(int[] statusCodes) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (int code : statusCodes) {
            counts.merge(code, 1, Integer::sum);
        }
        return counts;
    }
}
