import java.util.List;

final class Slow {

    static double mean(List<String> cells) {
        double sum = 0;
        int n = 0;
        for (String c : cells) {
            try {
                sum += Double.parseDouble(c);
                n++;
            } catch (NumberFormatException e) {
                // missing value
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }
}
