import java.util.Arrays;

final class Slow {

    static int[] outliers(int[] values) {
        int[] result = new int[0];
        for (int v : values) {
            if (v > 500) {
                result = Arrays.copyOf(result, result.length + 1);
                result[result.length - 1] = v;
            }
        }
        return result;
    }
}
