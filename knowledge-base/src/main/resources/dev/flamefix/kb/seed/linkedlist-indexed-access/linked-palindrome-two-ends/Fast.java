import java.util.Iterator;
import java.util.LinkedList;

final class Fast {

    static boolean isPalindrome(LinkedList<Character> chars) {
        Iterator<Character> forward = chars.iterator();
        Iterator<Character> backward = chars.descendingIterator();
        for (int i = 0; i < chars.size() / 2; i++) {
            if (!forward.next().equals(backward.next())) {
                return false;
            }
        }
        return true;
    }
}
