import java.util.ArrayList;
import java.util.List;
import java.util.Map;

final class Fast {

    List<String> report(Map<String, Long> totals) {
        List<String> lines = new ArrayList<>();
        for (Map.Entry<String, Long> e : totals.entrySet()) {
            long total = e.getValue();
            if (total > 1000) {
                lines.add(e.getKey() + "=" + total);
            }
        }
        return lines;
    }
}
