import java.util.HashSet;
import java.util.Set;

final class Fast {

    boolean hasPairWithTotal(int[] amounts, int target) {
        Set<Integer> seen = new HashSet<>();
        for (int a : amounts) {
            if (seen.contains(target - a)) {
                return true;
            }
            seen.add(a);
        }
        return false;
    }
}
