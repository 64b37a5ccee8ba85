import java.util.Map;

final class Fast {

    long totalStock(Map<String, Integer> stock) {
        long total = 0;
        for (Integer onHand : stock.values()) {
            total += onHand;
        }
        return total;
    }
}
