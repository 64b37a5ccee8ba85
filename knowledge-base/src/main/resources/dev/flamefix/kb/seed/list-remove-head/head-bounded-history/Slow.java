import dev.flamefix.kb.seed.SeedDomain.LogLine;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

final class Slow {

    long[] lastTimestamps(List<LogLine> lines) {
        List<Long> history = new ArrayList<>();
        for (LogLine l : lines) {
            history.add(l.timestamp());
            if (history.size() > 100) {
                history.remove(0);
            }
        }
        long[] out = new long[history.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = history.get(i);
        }
        return out;
    }
}
