import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

final class Slow {

    static List<Integer> bestAfterEachRound(int[] scores) {
        List<Integer> board = new ArrayList<>();
        List<Integer> best = new ArrayList<>();
        for (int s : scores) {
            board.add(s);
            board.sort(Comparator.reverseOrder());
            best.add(board.get(0));
        }
        return best;
    }
}
