import dev.flamefix.kb.seed.SeedDomain.Reading;
import java.util.List;
import java.util.Properties;

final class Slow {

    static int alerts(Properties config, List<Reading> readings) {
        int alerts = 0;
        for (Reading r : readings) {
            if (r.sensorId().startsWith(config.getProperty("alert.sensor.prefix")) && r.value() > Double.parseDouble(config.getProperty("alert.threshold"))) {
                alerts++;
            }
        }
        return alerts;
    }
}
