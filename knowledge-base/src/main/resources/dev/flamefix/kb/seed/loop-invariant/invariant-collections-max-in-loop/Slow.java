import java.util.List;

final class Slow {

    static double[] normalized(List<Double> scores) {
        double[] out = new double[scores.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = scores.get(i) / java.util.Collections.max(scores);
        }
        return out;
    }
}
