final class Slow {

    static int countShared(int[] left, int[] right) {
        int shared = 0;
        for (int id : left) {
            for (int other : right) {
                if (id == other) {
                    shared++;
                    break;
                }
            }
        }
        return shared;
    }
}
