final class Fast {

    static int maxDepth(String text) {
        int depth = 0;
        int max = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(' || c == 'k') {
                depth++;
                max = Math.max(max, depth);
            } else if (c == ')' || c == 'r') {
                depth--;
            }
        }
        return max;
    }
}
