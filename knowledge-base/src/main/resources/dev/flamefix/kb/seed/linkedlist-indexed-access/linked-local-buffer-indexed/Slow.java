import java.util.LinkedList;
import java.util.List;

final class Slow {

    static String interleave(List<String> words) {
        List<String> buffer = new LinkedList<>();
        for (String w : words) {
            if (w.length() > 2) {
                buffer.add(w);
            }
        }
        StringBuilder sb = new StringBuilder();
        int half = buffer.size() / 2;
        for (int i = 0; i < half; i++) {
            sb.append(buffer.get(i).charAt(0)).append(buffer.get(half + i).charAt(0));
        }
        return sb.toString();
    }
}
