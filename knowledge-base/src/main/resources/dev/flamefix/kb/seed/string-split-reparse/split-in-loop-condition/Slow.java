import java.util.List;

final class Slow {

    int emptyCells(List<String> rows) {
        int empty = 0;
        for (String row : rows) {
            for (int c = 0; c < row.split(",").length; c++) {
                if (row.split(",")[c].isBlank()) {
                    empty++;
                }
            }
        }
        return empty;
    }
}
