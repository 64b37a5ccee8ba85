import java.util.ArrayList;
import java.util.List;

final class Fast {

    /**
     * The brackets left open (or closed without a partner), innermost last.
     */
    static List<Character> unclosed(String expr) {
        List<Character> open = new ArrayList<>();
        for (int i = 0; i < expr.length(); i++) {
            char c = expr.charAt(i);
            if (c == '(' || c == '[' || c == '{') {
                open.add(c);
            } else if (c == ')' || c == ']' || c == '}') {
                char partner = c == ')' ? '(' : c == ']' ? '[' : '{';
                if (!open.isEmpty() && open.get(open.size() - 1) == partner) {
                    open.remove(open.size() - 1);
                } else {
                    open.add(c);
                }
            }
        }
        return open;
    }
}
