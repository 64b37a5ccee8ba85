import java.util.List;
import java.util.stream.Collectors;

final class Fast {

    static String tags(List<String> names) {
        return names.stream().map(n -> "#" + n + " ").collect(Collectors.joining());
    }
}
