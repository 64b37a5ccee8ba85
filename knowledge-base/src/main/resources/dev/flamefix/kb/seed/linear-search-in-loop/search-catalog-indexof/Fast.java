import java.util.HashMap;
import java.util.List;
import java.util.Map;

final class Fast {

    static int[] positions(List<String> catalog, List<String> requested) {
        Map<String, Integer> index = new HashMap<>(catalog.size() * 2);
        for (int i = 0; i < catalog.size(); i++) {
            index.putIfAbsent(catalog.get(i), i);
        }
        int[] result = new int[requested.size()];
        for (int i = 0; i < requested.size(); i++) {
            result[i] = index.getOrDefault(requested.get(i), -1);
        }
        return result;
    }
}
