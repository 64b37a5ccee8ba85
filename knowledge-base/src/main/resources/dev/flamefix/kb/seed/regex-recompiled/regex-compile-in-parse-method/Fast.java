import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

final class Fast {

    private static final Pattern LOG_LINE = Pattern.compile("^(\\d+) (INFO|WARN|ERROR|DEBUG) \\[(\\w+)\\] (.*)$");

    static Map<String, Integer> levelsByService(List<String> lines) {
        Map<String, Integer> errors = new TreeMap<>();
        for (String line : lines) {
            Matcher m = LOG_LINE.matcher(line);
            if (m.matches() && m.group(2).equals("ERROR")) {
                errors.merge(m.group(3), 1, Integer::sum);
            }
        }
        return errors;
    }
}
