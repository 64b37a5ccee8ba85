final class Fast {

    static String reverse(String text) {
        int n = text.length();
        char[] out = new char[n];
        for (int i = 0; i < n; i++) {
            out[n - 1 - i] = text.charAt(i);
        }
        return new String(out);
    }
}
