import dev.flamefix.kb.seed.SeedDomain.LogLine;
import java.util.List;

final class Slow {

    static List<Integer> hourHistogram(List<LogLine> lines) {
        Integer[] buckets = new Integer[24];
        java.util.Arrays.fill(buckets, 0);
        for (LogLine l : lines) {
            buckets[(int) ((l.timestamp() / 3_600_000L) % 24)]++;
        }
        return java.util.Arrays.asList(buckets);
    }
}
