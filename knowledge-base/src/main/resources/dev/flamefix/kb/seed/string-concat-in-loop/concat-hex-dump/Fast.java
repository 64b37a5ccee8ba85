final class Fast {

    private static final char[] DIGITS = "0123456789abcdef".toCharArray();

    static String toHex(byte[] data) {
        char[] hex = new char[data.length * 2];
        for (int i = 0; i < data.length; i++) {
            hex[2 * i] = DIGITS[(data[i] >> 4) & 0xf];
            hex[2 * i + 1] = DIGITS[data[i] & 0xf];
        }
        return new String(hex);
    }
}
