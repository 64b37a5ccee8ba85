final class Slow {

    static long ways(int steps) {
        if (steps < 0) {
            return 0;
        }
        if (steps == 0) {
            return 1;
        }
        return ways(steps - 1) + ways(steps - 2) + ways(steps - 3);
    }
}
