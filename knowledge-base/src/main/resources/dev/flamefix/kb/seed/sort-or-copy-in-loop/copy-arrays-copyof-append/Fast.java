import java.util.Arrays;

final class Fast {

    static int[] outliers(int[] values) {
        int[] result = new int[16];
        int size = 0;
        for (int v : values) {
            if (v > 500) {
                if (size == result.length) {
                    result = Arrays.copyOf(result, size * 2);
                }
                result[size++] = v;
            }
        }
        return Arrays.copyOf(result, size);
    }
}
