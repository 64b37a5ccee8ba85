import java.util.List;
import java.util.Stack;

final class Slow {

    /**
     * The brackets left open (or closed without a partner), innermost last.
     */
    static List<Character> unclosed(String expr) {
        Stack<Character> open = new Stack<>();
        for (int i = 0; i < expr.length(); i++) {
            char c = expr.charAt(i);
            if (c == '(' || c == '[' || c == '{') {
                open.push(c);
            } else if (c == ')' || c == ']' || c == '}') {
                char partner = c == ')' ? '(' : c == ']' ? '[' : '{';
                if (!open.empty() && open.peek() == partner) {
                    open.pop();
                } else {
                    open.push(c);
                }
            }
        }
        return open;
    }
}
