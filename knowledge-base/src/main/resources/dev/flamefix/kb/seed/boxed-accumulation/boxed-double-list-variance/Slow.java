import java.util.ArrayList;
import java.util.List;

final class Slow {

    static double variance(double[] samples) {
        List<Double> values = new ArrayList<>();
        for (double s : samples) {
            values.add(s);
        }
        if (values.isEmpty()) {
            return 0.0;
        }
        Double sum = 0.0;
        for (Double v : values) {
            sum += v;
        }
        double mean = sum / values.size();
        Double squares = 0.0;
        for (Double v : values) {
            squares += (v - mean) * (v - mean);
        }
        return squares / values.size();
    }
}
