import java.util.List;
import java.util.Map;
import java.util.TreeMap;

final class Fast {

    static Map<String, Integer> frequencies(List<String> words) {
        Map<String, Integer> freq = new TreeMap<>();
        for (String w : words) {
            freq.merge(w, 1, Integer::sum);
        }
        return freq;
    }
}
