import java.util.ArrayList;
import java.util.List;

final class Slow {

    static List<String> keywords(String text, List<String> stopwords) {
        List<String> kept = new ArrayList<>();
        for (String token : text.split(" ")) {
            if (!token.isEmpty() && !stopwords.contains(token)) {
                kept.add(token);
            }
        }
        return kept;
    }
}
