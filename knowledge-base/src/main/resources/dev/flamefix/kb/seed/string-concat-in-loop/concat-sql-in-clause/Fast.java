import java.util.List;

final class Fast {

    static String selectByIds(List<Long> ids) {
        java.util.StringJoiner in = new java.util.StringJoiner(", ", "SELECT * FROM orders WHERE id IN (", ")");
        for (Long id : ids) {
            in.add(String.valueOf(id));
        }
        return in.toString();
    }
}
