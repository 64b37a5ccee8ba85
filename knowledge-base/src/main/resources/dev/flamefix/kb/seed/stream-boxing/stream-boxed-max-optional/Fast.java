import java.util.Arrays;
import java.util.OptionalInt;

final class Fast {

    static int maxEven(int[] values) {
        OptionalInt max = Arrays.stream(values).filter(v -> v % 2 == 0).max();
        return max.isPresent() ? max.getAsInt() : -1;
    }
}
