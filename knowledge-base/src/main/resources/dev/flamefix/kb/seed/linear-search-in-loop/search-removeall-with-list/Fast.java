import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

final class Fast {

    static List<String> stillPending(List<String> pending, List<String> cancelled) {
        List<String> result = new ArrayList<>(pending);
        result.removeAll(new HashSet<>(cancelled));
        return result;
    }
}
