import dev.flamefix.kb.seed.SeedDomain.LogLine;
import java.util.List;

final class Slow {

    static String errorReport(List<LogLine> lines) {
        String report = "";
        for (LogLine line : lines) {
            if (!line.level().equals("DEBUG")) {
                report = report + line.timestamp() + " " + line.level() + " " + line.service() + ": " + line.message() + "\n";
            }
        }
        return report;
    }
}
