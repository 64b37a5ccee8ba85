import java.util.Map;

final class Fast {

    static String toQuery(Map<String, String> params) {
        StringBuilder query = new StringBuilder();
        for (Map.Entry<String, String> e : params.entrySet()) {
            query.append(query.length() == 0 ? '?' : '&').append(e.getKey()).append('=').append(e.getValue());
        }
        return query.toString();
    }
}
