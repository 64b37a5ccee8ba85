import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

final class Fast {

    boolean hasLargeOrder(int[] quantities, int threshold) {
        return IntStream.of(quantities).anyMatch(q -> q > threshold);
    }
}
