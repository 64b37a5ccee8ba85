import java.util.List;

final class Slow {

    static long sumNumbers(List<String> tokens) {
        long sum = 0;
        for (String t : tokens) {
            try {
                sum += Integer.parseInt(t);
            } catch (NumberFormatException e) {
                // not a number, skip
            }
        }
        return sum;
    }
}
