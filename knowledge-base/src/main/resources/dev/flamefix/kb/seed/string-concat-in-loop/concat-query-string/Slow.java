import java.util.Map;

final class Slow {

    static String toQuery(Map<String, String> params) {
        String query = "";
        for (Map.Entry<String, String> e : params.entrySet()) {
            query += (query.isEmpty() ? "?" : "&") + e.getKey() + "=" + e.getValue();
        }
        return query;
    }
}
