import dev.flamefix.kb.seed.SeedDomain.LogLine;
import java.util.List;
import java.util.Vector;

final class Slow {

    static int longestWarning(List<LogLine> lines) {
        Vector<String> warnings = new Vector<>();
        for (LogLine l : lines) {
            if (!l.level().equals("INFO")) {
                warnings.addElement(l.message());
            }
        }
        int longest = 0;
        for (int i = 0; i < warnings.size(); i++) {
            longest = Math.max(longest, warnings.elementAt(i).length());
        }
        return longest;
    }
}
