import dev.flamefix.kb.seed.SeedDomain.Order;
import java.util.ArrayList;
import java.util.List;

final class Fast {

    private final List<Order> lines;

    Fast(List<Order> lines) {
        this.lines = new ArrayList<>(lines);
    }

    List<Order> getLines() {
        return new ArrayList<>(lines);
    }

    long totalCents() {
        long total = 0;
        for (Order line : getLines()) {
            total += line.quantity() * line.unitCents();
        }
        return total;
    }
}
