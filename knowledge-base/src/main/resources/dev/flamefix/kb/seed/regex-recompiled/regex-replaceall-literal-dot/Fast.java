import java.util.ArrayList;
import java.util.List;

final class Fast {

    static List<String> toPaths(List<String> classNames) {
        List<String> paths = new ArrayList<>(classNames.size());
        for (String name : classNames) {
            paths.add(name.replace('.', '/') + ".class");
        }
        return paths;
    }
}
