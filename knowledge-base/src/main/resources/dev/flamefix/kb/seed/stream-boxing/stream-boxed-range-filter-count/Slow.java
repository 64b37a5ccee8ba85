import java.util.stream.IntStream;

final class Slow {

    static long countCandidatesBelow(int limit) {
        return IntStream.range(0, limit).boxed().filter(n -> n % 2 == 1 || n == 2).filter(n -> n % 3 != 0 || n == 3).count();
    }
}
