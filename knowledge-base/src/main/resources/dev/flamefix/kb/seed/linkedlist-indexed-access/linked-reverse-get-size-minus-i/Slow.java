import java.util.ArrayList;
import java.util.LinkedList;
import java.util.List;

final class Slow {

    static List<String> newestFirst(LinkedList<String> events) {
        List<String> out = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            out.add(events.get(events.size() - 1 - i));
        }
        return out;
    }
}
