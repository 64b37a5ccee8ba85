import dev.flamefix.kb.seed.SeedDomain.Reading;
import java.util.ArrayList;
import java.util.List;

final class Slow {

    static double[] temperatureDeltas(List<Reading> indoor, List<Reading> outdoor) {
        List<Double> deltas = new ArrayList<>();
        for (Reading in : indoor) {
            for (Reading out : outdoor) {
                if (out.timestamp() == in.timestamp()) {
                    deltas.add(in.value() - out.value());
                    break;
                }
            }
        }
        double[] result = new double[deltas.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = deltas.get(i);
        }
        return result;
    }
}
