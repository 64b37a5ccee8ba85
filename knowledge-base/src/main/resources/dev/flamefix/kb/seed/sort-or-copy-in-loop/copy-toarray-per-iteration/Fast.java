import java.util.List;

final class Fast {

    static int longestRun(List<String> words) {
        String[] arr = words.toArray(new String[0]);
        int best = 0;
        int run = 0;
        for (int i = 0; i < arr.length; i++) {
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
