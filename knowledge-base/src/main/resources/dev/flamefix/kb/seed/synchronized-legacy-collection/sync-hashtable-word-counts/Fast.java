import java.util.HashMap;
import java.util.List;
import java.util.Map;

final class Fast {

    static Map<String, Integer> counts(List<String> words) {
        Map<String, Integer> counts = new HashMap<>();
        for (String w : words) {
            counts.merge(w, 1, Integer::sum);
        }
        return counts;
    }
}
