import java.util.ArrayList;
import java.util.List;

final class Fast {

    private final List<Double> pending = new ArrayList<>();

    void offer(double value) {
        pending.add(value);
    }

    int size() {
        return pending.size();
    }

    double drainSum() {
        double sum = 0;
        for (int i = 0; i < pending.size(); i++) {
            sum += pending.get(i);
        }
        pending.clear();
        return sum;
    }
}
