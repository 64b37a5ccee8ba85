import dev.flamefix.kb.seed.SeedDomain.Order;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

final class Fast {

    private static int riskScore(String customerId) {
        int h = customerId.hashCode();
        for (int round = 0; round < 2000; round++) {
            h = Integer.rotateLeft(h * 0x9E3779B1 + round, 7) ^ (h >>> 11);
        }
        return Math.floorMod(h, 100);
    }

    static int flagged(List<Order> orders) {
        Map<String, Integer> scores = new HashMap<>();
        int flagged = 0;
        for (Order o : orders) {
            if (scores.computeIfAbsent(o.customerId(), Fast::riskScore) > 80 && o.unitCents() > 5_000) {
                flagged++;
            }
        }
        return flagged;
    }
}
