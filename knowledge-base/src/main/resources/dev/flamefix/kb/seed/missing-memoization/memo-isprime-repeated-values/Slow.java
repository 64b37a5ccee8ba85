final class Slow {

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
        int primes = 0;
        for (int v : values) {
            if (isPrime(v)) {
                primes++;
            }
        }
        return primes;
    }
}
