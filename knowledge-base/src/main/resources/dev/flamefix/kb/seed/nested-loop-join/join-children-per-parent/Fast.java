import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

final class Fast {

    static Map<Integer, List<Integer>> childrenByParent(int[] ids, int[] parents) {
        Map<Integer, List<Integer>> byParent = new HashMap<>();
        for (int j = 0; j < ids.length; j++) {
            byParent.computeIfAbsent(parents[j], k -> new ArrayList<>()).add(ids[j]);
        }
        Map<Integer, List<Integer>> children = new LinkedHashMap<>();
        for (int id : ids) {
            children.put(id, byParent.getOrDefault(id, new ArrayList<>()));
        }
        return children;
    }
}
