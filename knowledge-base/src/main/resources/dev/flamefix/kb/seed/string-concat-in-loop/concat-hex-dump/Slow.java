final class Slow {

    private static final String DIGITS = "0123456789abcdef";

    static String toHex(byte[] data) {
        String hex = "";
        for (byte b : data) {
            hex += "" + DIGITS.charAt((b >> 4) & 0xf) + DIGITS.charAt(b & 0xf);
        }
        return hex;
    }
}
