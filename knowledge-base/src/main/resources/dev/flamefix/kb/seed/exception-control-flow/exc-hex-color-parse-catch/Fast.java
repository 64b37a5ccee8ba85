import java.util.List;

final class Fast {

    static long brightness(List<String> colours) {
        long total = 0;
        for (String c : colours) {
            if (!hexDigitsAfterFirst(c)) {
                continue;
            }
            try {
                int rgb = Integer.parseInt(c.substring(1), 16);
                total += ((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff);
            } catch (NumberFormatException e) {
                total += 0;
            }
        }
        return total;
    }

    /**
     * False only where parseInt would surely fail: no chars after the first, or a non-hex one.
     */
    private static boolean hexDigitsAfterFirst(String c) {
        if (c.length() < 2) {
            return false;
        }
        for (int i = 1; i < c.length(); i++) {
            char ch = c.charAt(i);
            boolean sign = i == 1 && (ch == '-' || ch == '+');
            if (!sign && Character.digit(ch, 16) < 0) {
                return false;
            }
        }
        return true;
    }
}
