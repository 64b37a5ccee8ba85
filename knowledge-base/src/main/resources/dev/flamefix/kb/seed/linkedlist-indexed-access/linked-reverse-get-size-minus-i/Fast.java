import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedList;
import java.util.List;

final class Fast {

    static List<String> newestFirst(LinkedList<String> events) {
        List<String> out = new ArrayList<>(events.size());
        for (Iterator<String> it = events.descendingIterator(); it.hasNext(); ) {
            out.add(it.next());
        }
        return out;
    }
}
