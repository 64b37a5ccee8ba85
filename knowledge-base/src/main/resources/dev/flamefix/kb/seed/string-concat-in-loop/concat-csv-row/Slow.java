import java.util.List;

final class Slow {

    static String toCsvRow(List<String> cells) {
        String row = "";
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                row += ",";
            }
            row += cells.get(i);
        }
        return row;
    }
}
