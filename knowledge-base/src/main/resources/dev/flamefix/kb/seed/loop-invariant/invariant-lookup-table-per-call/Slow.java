import java.util.List;
import java.util.Map;

final class Slow {

    static int value(String numeral) {
        Map<Character, Integer> digits = Map.of('I', 1, 'V', 5, 'X', 10, 'L', 50, 'C', 100, 'D', 500, 'M', 1000);
        int total = 0;
        for (int i = 0; i < numeral.length(); i++) {
            int v = digits.get(numeral.charAt(i));
            boolean subtract = i + 1 < numeral.length() && v < digits.get(numeral.charAt(i + 1));
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
