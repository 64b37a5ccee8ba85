import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

final class Fast {

    static List<String> distinctTags(List<String> tags) {
        return new ArrayList<>(new LinkedHashSet<>(tags));
    }
}
