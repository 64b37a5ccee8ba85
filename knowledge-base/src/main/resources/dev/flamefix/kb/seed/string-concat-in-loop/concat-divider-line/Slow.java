final class Slow {

    static String divider(int width) {
        String line = "+";
        for (int i = 0; i < width; i++) {
            line += "-";
        }
        return line + "+";
    }
}
