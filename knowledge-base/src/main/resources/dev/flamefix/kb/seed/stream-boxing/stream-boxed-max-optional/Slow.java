import java.util.Arrays;

final class Slow {

    static int maxEven(int[] values) {
        return Arrays.stream(values).boxed().filter(v -> v % 2 == 0).max(Integer::compare).orElse(-1);
    }
}
