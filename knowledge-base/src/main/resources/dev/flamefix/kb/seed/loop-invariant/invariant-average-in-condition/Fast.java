import dev.flamefix.kb.seed.SeedDomain.Reading;
import java.util.ArrayList;
import java.util.List;

final class Fast {

    static double average(List<Reading> readings) {
        double sum = 0;
        for (Reading r : readings) {
            sum += r.value();
        }
        return sum / readings.size();
    }

    static List<String> aboveAverage(List<Reading> readings) {
        double avg = average(readings);
        List<String> out = new ArrayList<>();
        for (Reading r : readings) {
            if (r.value() > avg) {
                out.add(r.sensorId());
            }
        }
        return out;
    }
}
