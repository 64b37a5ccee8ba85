import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

final class Slow {

    static long evenSquaresSum(int[] values) {
        List<Integer> evens = Collections.synchronizedList(new ArrayList<>());
        for (int v : values) {
            if (v % 2 == 0) {
                evens.add(v);
            }
        }
        long sum = 0;
        for (int i = 0; i < evens.size(); i++) {
            sum += (long) evens.get(i) * evens.get(i);
        }
        return sum;
    }
}
