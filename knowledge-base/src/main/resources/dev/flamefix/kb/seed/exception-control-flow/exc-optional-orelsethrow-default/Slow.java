import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

final class Slow {

    static int resolvedLength(Map<String, String> values, List<String> keys) {
        int length = 0;
        for (String k : keys) {
            String v;
            try {
                v = Optional.ofNullable(values.get(k)).orElseThrow();
            } catch (NoSuchElementException e) {
                v = "default";
            }
            length += v.length();
        }
        return length;
    }
}
