import dev.flamefix.kb.seed.SeedDomain.LogLine;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

final class Fast {

    long[] lastTimestamps(List<LogLine> lines) {
        ArrayDeque<Long> history = new ArrayDeque<>();
        for (LogLine l : lines) {
            history.addLast(l.timestamp());
            if (history.size() > 100) {
                history.pollFirst();
            }
        }
        long[] out = new long[history.size()];
        int i = 0;
        for (long t : history) {
            out[i++] = t;
        }
        return out;
    }
}
