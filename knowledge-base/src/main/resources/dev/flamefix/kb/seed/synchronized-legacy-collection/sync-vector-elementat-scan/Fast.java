import dev.flamefix.kb.seed.SeedDomain.LogLine;
import java.util.ArrayList;
import java.util.List;

final class Fast {

    static int longestWarning(List<LogLine> lines) {
        List<String> warnings = new ArrayList<>();
        for (LogLine l : lines) {
            if (!l.level().equals("INFO")) {
                warnings.add(l.message());
            }
        }
        int longest = 0;
        for (String w : warnings) {
            longest = Math.max(longest, w.length());
        }
        return longest;
    }
}
