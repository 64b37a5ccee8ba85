import java.util.ArrayList;
import java.util.List;

final class Slow {

    static List<String> normalize(List<String> lines) {
        List<String> out = new ArrayList<>(lines.size());
        for (String line : lines) {
            out.add(line.replaceAll("[\\s\\u00A0\\u2007\\u202F\\uFEFF]+", " ").trim());
        }
        return out;
    }
}
