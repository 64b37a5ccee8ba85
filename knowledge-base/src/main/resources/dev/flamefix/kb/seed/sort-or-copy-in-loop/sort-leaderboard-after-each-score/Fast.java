import java.util.ArrayList;
import java.util.List;

final class Fast {

    static List<Integer> bestAfterEachRound(int[] scores) {
        List<Integer> best = new ArrayList<>(scores.length);
        int max = Integer.MIN_VALUE;
        for (int s : scores) {
            max = Math.max(max, s);
            best.add(max);
        }
        return best;
    }
}
