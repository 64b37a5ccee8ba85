import java.util.List;

final class Slow {

    static String selectByIds(List<Long> ids) {
        String sql = "SELECT * FROM orders WHERE id IN (";
        for (Long id : ids) {
            sql = sql + id + ", ";
        }
        if (!ids.isEmpty()) {
            sql = sql.substring(0, sql.length() - 2);
        }
        return sql + ")";
    }
}
