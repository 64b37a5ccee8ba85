import dev.flamefix.kb.seed.SeedDomain.LogLine;
import java.util.ArrayList;
import java.util.List;

final class Fast {

    List<Integer> errorBursts(List<LogLine> lines) {
        List<Integer> bursts = new ArrayList<>();
        int errors = 0;
        for (int i = 0; i < lines.size(); i++) {
            if ("ERROR".equals(lines.get(i).level())) {
                errors++;
            }
            if (i >= 50 && "ERROR".equals(lines.get(i - 50).level())) {
                errors--;
            }
            if (errors >= 5) {
                bursts.add(i);
            }
        }
        return bursts;
    }
}
