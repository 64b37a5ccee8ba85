import dev.flamefix.kb.seed.SeedDomain.LogLine;
import java.util.List;

final class Fast {

    static String errorReport(List<LogLine> lines) {
        StringBuilder report = new StringBuilder(lines.size() * 64);
        for (LogLine line : lines) {
            if (!line.level().equals("DEBUG")) {
                report.append(line.timestamp()).append(' ').append(line.level()).append(' ').append(line.service()).append(": ").append(line.message()).append('\n');
            }
        }
        return report.toString();
    }
}
