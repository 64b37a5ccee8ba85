import java.util.List;

final class Slow {

    static long numericZips(List<String> zips) {
        return zips.stream().filter(z -> z.matches("\\d+")).count();
    }
}
