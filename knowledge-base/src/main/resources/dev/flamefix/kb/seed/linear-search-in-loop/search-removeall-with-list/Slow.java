import java.util.ArrayList;
import java.util.List;

final class Slow {

    static List<String> stillPending(List<String> pending, List<String> cancelled) {
        List<String> result = new ArrayList<>(pending);
        result.removeAll(cancelled);
        return result;
    }
}
