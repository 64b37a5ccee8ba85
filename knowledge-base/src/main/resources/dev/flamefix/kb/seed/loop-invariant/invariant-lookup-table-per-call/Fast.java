import java.util.List;
import java.util.Map;

final class Fast {

    private static final Map<Character, Integer> DIGITS = Map.of('I', 1, 'V', 5, 'X', 10, 'L', 50, 'C', 100, 'D', 500, 'M', 1000);

    static int value(String numeral) {
        int total = 0;
        for (int i = 0; i < numeral.length(); i++) {
            int v = DIGITS.get(numeral.charAt(i));
            boolean subtract = i + 1 < numeral.length() && v < DIGITS.get(numeral.charAt(i + 1));
            total += subtract ? -v : v;
        }
        return total;
    }

    static long total(List<String> numerals) {
        long sum = 0;
        for (String n : numerals) {
            sum += value(n);
        }
        return sum;
    }
}
