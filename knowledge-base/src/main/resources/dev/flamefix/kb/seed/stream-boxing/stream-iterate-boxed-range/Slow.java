import java.util.stream.Stream;

final class Slow {

    static long sumOfSquaresMod(int n) {
        return Stream.iterate(0, i -> i + 1).limit(n).mapToLong(i -> (long) i * i % 1_000_003).sum();
    }
}
