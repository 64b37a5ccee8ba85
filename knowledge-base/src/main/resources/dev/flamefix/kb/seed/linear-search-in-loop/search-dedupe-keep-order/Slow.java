import java.util.ArrayList;
import java.util.List;

final class Slow {

    static List<String> distinctTags(List<String> tags) {
        List<String> result = new ArrayList<>();
        for (String tag : tags) {
            if (!result.contains(tag)) {
                result.add(tag);
            }
        }
        return result;
    }
}
