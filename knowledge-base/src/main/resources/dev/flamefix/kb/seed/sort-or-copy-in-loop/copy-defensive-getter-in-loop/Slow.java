import dev.flamefix.kb.seed.SeedDomain.Order;
import java.util.ArrayList;
import java.util.List;

final class Slow {

    private final List<Order> lines;

    Slow(List<Order> lines) {
        this.lines = new ArrayList<>(lines);
    }

    List<Order> getLines() {
        return new ArrayList<>(lines);
    }

    long totalCents() {
        long total = 0;
        for (int i = 0; i < getLines().size(); i++) {
            total += getLines().get(i).quantity() * getLines().get(i).unitCents();
        }
        return total;
    }
}
