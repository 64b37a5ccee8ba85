import java.util.HashSet;
import java.util.Set;

final class Fast {

    static int countShared(int[] left, int[] right) {
        Set<Integer> rightIds = new HashSet<>(right.length * 2);
        for (int other : right) {
            rightIds.add(other);
        }
        int shared = 0;
        for (int id : left) {
            if (rightIds.contains(id)) {
                shared++;
            }
        }
        return shared;
    }
}
