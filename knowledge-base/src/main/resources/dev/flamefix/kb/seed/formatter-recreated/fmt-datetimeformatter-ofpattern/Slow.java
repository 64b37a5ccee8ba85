import dev.flamefix.kb.seed.SeedDomain.Reading;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

final class Slow {

    static List<String> labels(List<Reading> readings) {
        List<String> out = new ArrayList<>(readings.size());
        for (Reading r : readings) {
            DateTimeFormatter stamp = DateTimeFormatter.ofPattern("EEE dd.MM.yyyy HH:mm:ss.SSS", Locale.GERMANY).withZone(ZoneId.of("Europe/Berlin"));
            out.add(r.sensorId() + "@" + stamp.format(Instant.ofEpochMilli(r.timestamp())));
        }
        return out;
    }
}
