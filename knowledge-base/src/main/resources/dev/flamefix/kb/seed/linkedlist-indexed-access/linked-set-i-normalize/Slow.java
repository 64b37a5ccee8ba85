import java.util.LinkedList;

final class Slow {

    static LinkedList<String> upperCased(LinkedList<String> names) {
        LinkedList<String> copy = new LinkedList<>(names);
        for (int i = 0; i < copy.size(); i++) {
            copy.set(i, copy.get(i).toUpperCase());
        }
        return copy;
    }
}
