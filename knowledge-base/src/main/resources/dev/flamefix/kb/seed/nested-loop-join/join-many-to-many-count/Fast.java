import java.util.HashMap;
import java.util.List;
import java.util.Map;

final class Fast {

    static long matchingPairs(List<String> articleTags, List<String> userInterests) {
        Map<String, Long> interestCounts = new HashMap<>();
        for (String interest : userInterests) {
            interestCounts.merge(interest, 1L, Long::sum);
        }
        long pairs = 0;
        for (String tag : articleTags) {
            pairs += interestCounts.getOrDefault(tag, 0L);
        }
        return pairs;
    }
}
