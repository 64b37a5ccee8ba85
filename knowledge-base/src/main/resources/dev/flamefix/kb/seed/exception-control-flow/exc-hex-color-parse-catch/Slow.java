import java.util.List;

final class Slow {

    static long brightness(List<String> colours) {
        long total = 0;
        for (String c : colours) {
            try {
                int rgb = Integer.parseInt(c.substring(1), 16);
                total += ((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff);
            } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
                total += 0;
            }
        }
        return total;
    }
}
