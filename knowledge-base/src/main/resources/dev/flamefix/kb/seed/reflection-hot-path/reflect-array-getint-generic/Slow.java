import java.lang.reflect.Array;

final class Slow {

    static long sum(Object array) {
        long sum = 0;
        for (int i = 0; i < Array.getLength(array); i++) {
            sum += Array.getLong(array, i);
        }
        return sum;
    }
}
