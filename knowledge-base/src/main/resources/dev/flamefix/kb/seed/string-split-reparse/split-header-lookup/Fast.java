import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

final class Fast {

    List<String> valueOf(String header, List<String> names) {
        if (names.isEmpty()) {
            return new ArrayList<>();
        }
        Map<String, String> values = new HashMap<>();
        for (String pair : header.split(";")) {
            int eq = pair.indexOf('=');
            if (eq >= 0) {
                values.putIfAbsent(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
        List<String> out = new ArrayList<>();
        for (String name : names) {
            out.add(values.get(name));
        }
        return out;
    }
}
