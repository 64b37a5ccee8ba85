import java.util.Hashtable;
import java.util.List;
import java.util.Map;

final class Slow {

    static Map<String, Integer> counts(List<String> words) {
        Hashtable<String, Integer> counts = new Hashtable<>();
        for (String w : words) {
            Integer c = counts.get(w);
            counts.put(w, c == null ? 1 : c + 1);
        }
        return counts;
    }
}
