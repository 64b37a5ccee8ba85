import java.lang.reflect.RecordComponent;
import java.util.List;

final class Slow {

    static String toCsv(List<? extends Record> rows) {
        StringBuilder csv = new StringBuilder();
        try {
            for (Record row : rows) {
                RecordComponent[] components = row.getClass().getRecordComponents();
                for (int i = 0; i < components.length; i++) {
                    csv.append(i == 0 ? "" : ",").append(components[i].getAccessor().invoke(row));
                }
                csv.append('\n');
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return csv.toString();
    }
}
