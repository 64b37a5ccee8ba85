import dev.flamefix.kb.seed.SeedDomain.Reading;
import java.util.List;
import java.util.stream.Collectors;

final class Slow {

    static double[] celsius(List<Reading> fahrenheit) {
        List<Double> converted = fahrenheit.stream().map(r -> (r.value() - 32) * 5 / 9).collect(Collectors.toList());
        double[] out = new double[converted.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = converted.get(i);
        }
        return out;
    }
}
