import java.util.Map;
import java.util.TreeMap;

final class Fast {

    static String topScorer(TreeMap<String, Integer> scores) {
        String best = null;
        int bestScore = Integer.MIN_VALUE;
        for (Map.Entry<String, Integer> e : scores.entrySet()) {
            if (e.getValue() > bestScore) {
                bestScore = e.getValue();
                best = e.getKey();
            }
        }
        return best;
    }
}
