import java.util.ArrayList;
import java.util.List;
import java.util.Map;

final class Slow {

    List<String> report(Map<String, Long> totals) {
        List<String> lines = new ArrayList<>();
        for (String customer : totals.keySet()) {
            if (totals.get(customer) > 1000) {
                lines.add(customer + "=" + totals.get(customer));
            }
        }
        return lines;
    }
}
