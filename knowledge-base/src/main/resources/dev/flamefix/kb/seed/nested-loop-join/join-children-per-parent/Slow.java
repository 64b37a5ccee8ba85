import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

final class Slow {

    static Map<Integer, List<Integer>> childrenByParent(int[] ids, int[] parents) {
        Map<Integer, List<Integer>> children = new LinkedHashMap<>();
        for (int id : ids) {
            List<Integer> kids = new ArrayList<>();
            for (int j = 0; j < ids.length; j++) {
                if (parents[j] == id) {
                    kids.add(ids[j]);
                }
            }
            children.put(id, kids);
        }
        return children;
    }
}
