import java.util.HashSet;
import java.util.Set;

final class Fast {

    static boolean hasDuplicate(long[] transactionIds) {
        Set<Long> seen = new HashSet<>(transactionIds.length * 2);
        for (long id : transactionIds) {
            if (!seen.add(id)) {
                return true;
            }
        }
        return false;
    }
}
