final class Slow {

    static int digitSum(String payload) {
        int sum = 0;
        String rest = payload;
        while (!rest.isEmpty()) {
            char c = rest.charAt(0);
            if (c >= '0' && c <= '9') {
                sum += c - '0';
            }
            rest = rest.substring(1);
        }
        return sum;
    }
}
