import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.List;

final class Fast {

    static String toCsv(List<? extends Record> rows) {
        StringBuilder csv = new StringBuilder();
        Class<?> type = null;
        Method[] accessors = new Method[0];
        try {
            for (Record row : rows) {
                if (row.getClass() != type) {
                    type = row.getClass();
                    RecordComponent[] components = type.getRecordComponents();
                    accessors = new Method[components.length];
                    for (int i = 0; i < components.length; i++) {
                        accessors[i] = components[i].getAccessor();
                    }
                }
                for (int i = 0; i < accessors.length; i++) {
                    csv.append(i == 0 ? "" : ",").append(accessors[i].invoke(row));
                }
                csv.append('\n');
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return csv.toString();
    }
}
