import java.util.Collections;
import java.util.List;
import java.util.Vector;

final class Slow {

    static List<Double> runningMax(double[] prices) {
        Vector<Double> out = new Vector<>(Collections.nCopies(prices.length, 0.0));
        for (int i = 0; i < prices.length; i++) {
            out.set(i, i == 0 ? prices[0] : Math.max(out.get(i - 1), prices[i]));
        }
        return out;
    }
}
