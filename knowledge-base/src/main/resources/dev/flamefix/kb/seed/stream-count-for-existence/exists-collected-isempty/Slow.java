import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

final class Slow {

    boolean hasLargeOrder(int[] quantities, int threshold) {
        List<Integer> large = IntStream.of(quantities)
                .filter(q -> q > threshold)
                .boxed()
                .collect(Collectors.toList());
        return !large.isEmpty();
    }
}
