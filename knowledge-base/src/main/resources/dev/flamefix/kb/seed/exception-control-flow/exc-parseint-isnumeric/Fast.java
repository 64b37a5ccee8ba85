import java.util.List;

final class Fast {

    static long sumNumbers(List<String> tokens) {
        long sum = 0;
        for (String t : tokens) {
            if (!looksLikeInt(t)) {
                continue;
            }
            try {
                sum += Integer.parseInt(t);
            } catch (NumberFormatException e) {
                // overflow or a lone sign, skip
            }
        }
        return sum;
    }

    private static boolean looksLikeInt(String t) {
        if (t.isEmpty()) {
            return false;
        }
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            boolean sign = i == 0 && (c == '-' || c == '+');
            if (!sign && Character.digit(c, 10) < 0) {
                return false;
            }
        }
        return true;
    }
}
