import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

final class Fast {

    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\uFEFF]+");

    static List<String> normalize(List<String> lines) {
        List<String> out = new ArrayList<>(lines.size());
        for (String line : lines) {
            out.add(WHITESPACE.matcher(line).replaceAll(" ").trim());
        }
        return out;
    }
}
