import java.util.List;

final class Slow {

    static String tags(List<String> names) {
        return names.stream().map(n -> "#" + n + " ").reduce("", (a, b) -> a + b);
    }
}
