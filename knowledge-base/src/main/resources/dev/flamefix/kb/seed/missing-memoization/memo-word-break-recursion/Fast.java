import java.util.Set;

final class Fast {

    static boolean canSegment(String text, Set<String> dictionary) {
        return canSegment(text, 0, dictionary, new Boolean[text.length() + 1]);
    }

    private static boolean canSegment(String text, int start, Set<String> dictionary, Boolean[] memo) {
        if (start == text.length()) {
            return true;
        }
        if (memo[start] != null) {
            return memo[start];
        }
        boolean result = false;
        for (int end = start + 1; end <= text.length() && !result; end++) {
            result = dictionary.contains(text.substring(start, end)) && canSegment(text, end, dictionary, memo);
        }
        memo[start] = result;
        return result;
    }
}
