import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

final class Fast {

    static List<Double> runningMax(double[] prices) {
        List<Double> out = new ArrayList<>(Collections.nCopies(prices.length, 0.0));
        for (int i = 0; i < prices.length; i++) {
            out.set(i, i == 0 ? prices[0] : Math.max(out.get(i - 1), prices[i]));
        }
        return out;
    }
}
