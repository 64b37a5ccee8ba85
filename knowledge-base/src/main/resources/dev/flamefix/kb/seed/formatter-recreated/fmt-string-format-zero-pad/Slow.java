import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

final class Slow {

    static List<String> ticketCodes(int[] numbers) {
        List<String> codes = new ArrayList<>(numbers.length);
        for (int n : numbers) {
            codes.add(String.format(Locale.ROOT, "T-%05d", n));
        }
        return codes;
    }
}
