import java.util.List;

final class Slow {

    static long invoiceTotal(List<String> skus, int[] quantities, List<String> priceSkus, long[] priceCents) {
        long total = 0;
        for (int i = 0; i < skus.size(); i++) {
            for (int p = 0; p < priceSkus.size(); p++) {
                if (priceSkus.get(p).equals(skus.get(i))) {
                    total += quantities[i] * priceCents[p];
                    break;
                }
            }
        }
        return total;
    }
}
