import java.util.List;
import java.util.Map;
import java.util.TreeMap;

final class Slow {

    static Map<String, Integer> frequencies(List<String> words) {
        Map<String, Integer> freq = new TreeMap<>();
        for (String w : words) {
            if (freq.containsKey(w)) {
                freq.put(w, freq.get(w) + 1);
            } else {
                freq.put(w, 1);
            }
        }
        return freq;
    }
}
