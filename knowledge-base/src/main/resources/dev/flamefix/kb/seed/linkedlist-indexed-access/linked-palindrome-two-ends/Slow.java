import java.util.LinkedList;

final class Slow {

    static boolean isPalindrome(LinkedList<Character> chars) {
        int n = chars.size();
        for (int i = 0; i < n / 2; i++) {
            if (!chars.get(i).equals(chars.get(n - 1 - i))) {
                return false;
            }
        }
        return true;
    }
}
