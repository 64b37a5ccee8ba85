import java.util.Arrays;

final class Slow {

    int[] sortedCopy(int[] values) {
        int[] copy = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            copy[i] = values[i];
        }
        Arrays.sort(copy);
        return copy;
    }
}
