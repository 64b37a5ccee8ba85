import java.util.Set;

final class Slow {

    static boolean canSegment(String text, Set<String> dictionary) {
        return canSegment(text, 0, dictionary);
    }

    private static boolean canSegment(String text, int start, Set<String> dictionary) {
        if (start == text.length()) {
            return true;
        }
        for (int end = start + 1; end <= text.length(); end++) {
            if (dictionary.contains(text.substring(start, end)) && canSegment(text, end, dictionary)) {
                return true;
            }
        }
        return false;
    }
}
