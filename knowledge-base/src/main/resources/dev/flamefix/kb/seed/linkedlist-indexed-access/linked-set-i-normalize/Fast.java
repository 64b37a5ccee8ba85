import java.util.LinkedList;
import java.util.ListIterator;

final class Fast {

    static LinkedList<String> upperCased(LinkedList<String> names) {
        LinkedList<String> copy = new LinkedList<>(names);
        for (ListIterator<String> it = copy.listIterator(); it.hasNext(); ) {
            it.set(it.next().toUpperCase());
        }
        return copy;
    }
}
