import dev.flamefix.kb.seed.SeedDomain.Reading;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

final class Fast {

    static double[] temperatureDeltas(List<Reading> indoor, List<Reading> outdoor) {
        Map<Long, Reading> outdoorAt = new HashMap<>(outdoor.size() * 2);
        for (Reading out : outdoor) {
            outdoorAt.putIfAbsent(out.timestamp(), out);
        }
        double[] result = new double[indoor.size()];
        int n = 0;
        for (Reading in : indoor) {
            Reading out = outdoorAt.get(in.timestamp());
            if (out != null) {
                result[n++] = in.value() - out.value();
            }
        }
        return java.util.Arrays.copyOf(result, n);
    }
}
