import dev.flamefix.kb.seed.SeedDomain.LogLine;
import java.util.ArrayList;
import java.util.List;

final class Slow {

    List<Integer> errorBursts(List<LogLine> lines) {
        List<Integer> bursts = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            long errors = lines.subList(Math.max(0, i - 49), i + 1).stream()
                    .filter(l -> "ERROR".equals(l.level()))
                    .count();
            if (errors >= 5) {
                bursts.add(i);
            }
        }
        return bursts;
    }
}
