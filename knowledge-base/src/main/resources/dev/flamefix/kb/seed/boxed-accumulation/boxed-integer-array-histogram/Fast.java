import dev.flamefix.kb.seed.SeedDomain.LogLine;
import java.util.ArrayList;
import java.util.List;

final class Fast {

    static List<Integer> hourHistogram(List<LogLine> lines) {
        int[] buckets = new int[24];
        for (LogLine l : lines) {
            buckets[(int) ((l.timestamp() / 3_600_000L) % 24)]++;
        }
        List<Integer> out = new ArrayList<>(24);
        for (int b : buckets) {
            out.add(b);
        }
        return out;
    }
}
