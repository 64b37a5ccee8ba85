import java.util.List;

final class Fast {

    static String toCsvRow(List<String> cells) {
        StringBuilder row = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                row.append(',');
            }
            row.append(cells.get(i));
        }
        return row.toString();
    }
}
