import java.util.HashSet;
import java.util.Set;

final class Slow {

    boolean hasPairWithTotal(int[] amounts, int target) {
        for (int i = 0; i < amounts.length; i++) {
            for (int j = i + 1; j < amounts.length; j++) {
                if (amounts[i] + amounts[j] == target) {
                    return true;
                }
            }
        }
        return false;
    }
}
