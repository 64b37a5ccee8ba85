import java.util.List;
import java.util.Map;
import java.util.Optional;

final class Fast {

    static int resolvedLength(Map<String, String> values, List<String> keys) {
        int length = 0;
        for (String k : keys) {
            length += Optional.ofNullable(values.get(k)).orElse("default").length();
        }
        return length;
    }
}
