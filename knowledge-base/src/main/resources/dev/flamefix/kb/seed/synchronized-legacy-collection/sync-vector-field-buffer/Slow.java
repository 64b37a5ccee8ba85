import java.util.Vector;

final class Slow {

    private final Vector<Double> pending = new Vector<>();

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
