import java.util.List;

final class Fast {

    static double mean(List<String> cells) {
        double sum = 0;
        int n = 0;
        for (String c : cells) {
            if (c.isEmpty() || c.equals("N/A")) {
                continue;
            }
            try {
                sum += Double.parseDouble(c);
                n++;
            } catch (NumberFormatException e) {
                // malformed value
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }
}
