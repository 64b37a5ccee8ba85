import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

final class Slow {

    List<String> valueOf(String header, List<String> names) {
        List<String> out = new ArrayList<>();
        for (String name : names) {
            String value = null;
            for (String pair : header.split(";")) {
                int eq = pair.indexOf('=');
                if (eq >= 0 && pair.substring(0, eq).equals(name)) {
                    value = pair.substring(eq + 1);
                    break;
                }
            }
            out.add(value);
        }
        return out;
    }
}
