import java.util.List;

final class Slow {

    static long matchingPairs(List<String> articleTags, List<String> userInterests) {
        long pairs = 0;
        for (String tag : articleTags) {
            for (String interest : userInterests) {
                if (tag.equals(interest)) {
                    pairs++;
                }
            }
        }
        return pairs;
    }
}
