import java.util.Iterator;
import java.util.LinkedList;

final class Fast {

    static long maxGap(LinkedList<Long> timestamps) {
        long max = 0;
        Iterator<Long> it = timestamps.iterator();
        if (!it.hasNext()) {
            return max;
        }
        long previous = it.next();
        while (it.hasNext()) {
            long current = it.next();
            if (current - previous > max) {
                max = current - previous;
            }
            previous = current;
        }
        return max;
    }
}
