import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

final class Fast {

    static List<String> keywords(String text, List<String> stopwords) {
        Set<String> stop = new HashSet<>(stopwords);
        List<String> kept = new ArrayList<>();
        for (String token : text.split(" ")) {
            if (!token.isEmpty() && !stop.contains(token)) {
                kept.add(token);
            }
        }
        return kept;
    }
}
