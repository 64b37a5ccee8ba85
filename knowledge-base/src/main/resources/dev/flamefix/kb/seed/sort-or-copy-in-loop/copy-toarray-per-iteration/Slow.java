import java.util.List;

final class Slow {

    static int longestRun(List<String> words) {
        int best = 0;
        int run = 0;
        for (int i = 0; i < words.size(); i++) {
            String[] arr = words.toArray(new String[0]);
            if (i > 0 && arr[i].length() >= arr[i - 1].length()) {
                run++;
            } else {
                run = 1;
            }
            best = Math.max(best, run);
        }
        return best;
    }
}
