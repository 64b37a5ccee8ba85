import java.util.List;

final class Slow {

    static int countValid(List<String> skus) {
        int valid = 0;
        for (String sku : skus) {
            if (sku.matches("SKU-[A-Z]\\d{3,5}")) {
                valid++;
            }
        }
        return valid;
    }
}
