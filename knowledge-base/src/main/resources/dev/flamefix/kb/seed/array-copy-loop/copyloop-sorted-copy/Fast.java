import java.util.Arrays;

final class Fast {

    int[] sortedCopy(int[] values) {
        int[] copy = new int[values.length];
        System.arraycopy(values, 0, copy, 0, values.length);
        Arrays.sort(copy);
        return copy;
    }
}
