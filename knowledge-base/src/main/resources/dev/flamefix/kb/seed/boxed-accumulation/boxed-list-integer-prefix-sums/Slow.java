import java.util.ArrayList;
import java.util.List;

final class Slow {

    static long rangeSums(int[] values) {
        List<Integer> prefix = new ArrayList<>();
        prefix.add(0);
        for (int v : values) {
            prefix.add(prefix.get(prefix.size() - 1) + v);
        }
        long checksum = 0;
        for (int i = 0; i + 16 < prefix.size(); i++) {
            checksum += prefix.get(i + 16) - prefix.get(i);
        }
        return checksum;
    }
}
