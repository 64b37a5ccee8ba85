import java.util.ArrayList;
import java.util.List;

final class Slow {

    static List<String> toPaths(List<String> classNames) {
        List<String> paths = new ArrayList<>(classNames.size());
        for (String name : classNames) {
            paths.add(name.replaceAll("\\.", "/") + ".class");
        }
        return paths;
    }
}
