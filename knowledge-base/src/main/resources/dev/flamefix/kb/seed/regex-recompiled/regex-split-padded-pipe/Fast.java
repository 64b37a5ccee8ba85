import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

final class Fast {

    private static final Pattern PIPE = Pattern.compile("\\s*\\|\\s*");

    static List<String> secondColumn(List<String> records) {
        List<String> out = new ArrayList<>();
        for (String r : records) {
            String[] cols = PIPE.split(r);
            out.add(cols.length > 1 ? cols[1] : "");
        }
        return out;
    }
}
