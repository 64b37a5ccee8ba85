import dev.flamefix.kb.seed.SeedDomain.Reading;
import java.util.List;
import java.util.Properties;

final class Fast {

    static int alerts(Properties config, List<Reading> readings) {
        String prefix = config.getProperty("alert.sensor.prefix");
        double threshold = Double.parseDouble(config.getProperty("alert.threshold"));
        int alerts = 0;
        for (Reading r : readings) {
            if (r.sensorId().startsWith(prefix) && r.value() > threshold) {
                alerts++;
            }
        }
        return alerts;
    }
}
