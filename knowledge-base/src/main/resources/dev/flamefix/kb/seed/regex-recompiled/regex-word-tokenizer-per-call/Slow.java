import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

final class Slow {

    static Map<String, Integer> wordCountsPerLine(String reviews) {
        Map<String, Integer> counts = new HashMap<>();
        for (String review : reviews.split("\n")) {
            Matcher m = Pattern.compile("[\\p{L}\\p{M}']+(?:-[\\p{L}\\p{M}']+)*").matcher(review.toLowerCase());
            while (m.find()) {
                counts.merge(m.group(), 1, Integer::sum);
            }
        }
        return counts;
    }
}
