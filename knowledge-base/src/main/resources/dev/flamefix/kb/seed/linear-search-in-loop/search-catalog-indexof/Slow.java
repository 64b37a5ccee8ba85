import java.util.List;

final class Slow {

    static int[] positions(List<String> catalog, List<String> requested) {
        int[] result = new int[requested.size()];
        for (int i = 0; i < requested.size(); i++) {
            result[i] = catalog.indexOf(requested.get(i));
        }
        return result;
    }
}
