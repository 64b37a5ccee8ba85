import java.util.HashMap;
import java.util.Map;

final class Fast {

    private static boolean isPrime(int n) {
        if (n < 2) {
            return false;
        }
        for (int d = 2; (long) d * d <= n; d++) {
            if (n % d == 0) {
                return false;
            }
        }
        return true;
    }

    static int primeCount(int[] values) {
        Map<Integer, Boolean> known = new HashMap<>();
        int primes = 0;
        for (int v : values) {
            if (known.computeIfAbsent(v, Fast::isPrime)) {
                primes++;
            }
        }
        return primes;
    }
}
