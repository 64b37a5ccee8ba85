import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

final class Fast {

    static List<String> ticketCodes(int[] numbers) {
        List<String> codes = new ArrayList<>(numbers.length);
        for (int n : numbers) {
            if (n >= 0 && n <= 99_999) {
                String digits = Integer.toString(n);
                codes.add("T-" + "00000".substring(digits.length()) + digits);
            } else {
                codes.add(String.format(Locale.ROOT, "T-%05d", n));
            }
        }
        return codes;
    }
}
