import java.util.stream.IntStream;

final class Fast {

    static long sumOfSquaresMod(int n) {
        return IntStream.range(0, n).mapToLong(i -> (long) i * i % 1_000_003).sum();
    }
}
