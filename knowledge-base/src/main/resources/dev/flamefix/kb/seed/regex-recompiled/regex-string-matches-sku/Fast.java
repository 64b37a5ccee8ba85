import java.util.List;
import java.util.regex.Pattern;

final class Fast {

    private static final Pattern SKU = Pattern.compile("SKU-[A-Z]\\d{3,5}");

    static int countValid(List<String> skus) {
        int valid = 0;
        for (String sku : skus) {
            if (SKU.matcher(sku).matches()) {
                valid++;
            }
        }
        return valid;
    }
}
