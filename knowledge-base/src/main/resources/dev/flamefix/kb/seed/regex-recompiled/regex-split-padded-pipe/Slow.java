import java.util.ArrayList;
import java.util.List;

final class Slow {

    static List<String> secondColumn(List<String> records) {
        List<String> out = new ArrayList<>();
        for (String r : records) {
            String[] cols = r.split("\\s*\\|\\s*");
            out.add(cols.length > 1 ? cols[1] : "");
        }
        return out;
    }
}
