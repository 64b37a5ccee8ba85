import java.util.List;

final class Fast {

    int emptyCells(List<String> rows) {
        int empty = 0;
        for (String row : rows) {
            String[] cells = row.split(",");
            for (int c = 0; c < cells.length; c++) {
                if (cells[c].isBlank()) {
                    empty++;
                }
            }
        }
        return empty;
    }
}
