import java.util.List;

final class Fast {

    static double[] normalized(List<Double> scores) {
        double[] out = new double[scores.size()];
        if (out.length == 0) {
            return out;
        }
        double max = java.util.Collections.max(scores);
        for (int i = 0; i < out.length; i++) {
            out[i] = scores.get(i) / max;
        }
        return out;
    }
}
