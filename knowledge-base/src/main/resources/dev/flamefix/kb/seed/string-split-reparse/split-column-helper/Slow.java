import java.util.ArrayList;
import java.util.List;

final class Slow {

    List<String> keys(List<String> records) {
        List<String> out = new ArrayList<>();
        for (String r : records) {
            if (columnCount(r) >= 3) {
                out.add(column(r, 0) + "/" + column(r, 2));
            }
        }
        return out;
    }

    private static int columnCount(String record) {
        return record.split("\\|").length;
    }

    private static String column(String record, int i) {
        return record.split("\\|")[i];
    }
}
