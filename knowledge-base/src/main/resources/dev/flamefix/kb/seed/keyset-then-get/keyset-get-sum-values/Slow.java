import java.util.Map;

final class Slow {

    long totalStock(Map<String, Integer> stock) {
        long total = 0;
        for (String sku : stock.keySet()) {
            total += stock.get(sku);
        }
        return total;
    }
}
