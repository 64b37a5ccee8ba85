import java.util.HashMap;
import java.util.List;
import java.util.Map;

final class Fast {

    static long invoiceTotal(List<String> skus, int[] quantities, List<String> priceSkus, long[] priceCents) {
        Map<String, Long> price = new HashMap<>(priceSkus.size() * 2);
        for (int p = 0; p < priceSkus.size(); p++) {
            price.putIfAbsent(priceSkus.get(p), priceCents[p]);
        }
        long total = 0;
        for (int i = 0; i < skus.size(); i++) {
            Long cents = price.get(skus.get(i));
            if (cents != null) {
                total += quantities[i] * cents;
            }
        }
        return total;
    }
}
