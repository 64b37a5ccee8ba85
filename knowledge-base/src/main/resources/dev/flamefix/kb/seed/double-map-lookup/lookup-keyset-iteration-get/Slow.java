import java.util.TreeMap;

final class Slow {

    static String topScorer(TreeMap<String, Integer> scores) {
        String best = null;
        int bestScore = Integer.MIN_VALUE;
        for (String user : scores.keySet()) {
            if (scores.get(user) > bestScore) {
                bestScore = scores.get(user);
                best = user;
            }
        }
        return best;
    }
}
