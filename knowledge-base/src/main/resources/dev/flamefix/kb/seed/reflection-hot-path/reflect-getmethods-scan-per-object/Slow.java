import dev.flamefix.kb.seed.SeedDomain.Employee;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

final class Slow {

    static List<Object> column(List<Employee> staff, String property) {
        List<Object> values = new ArrayList<>();
        try {
            for (Employee e : staff) {
                for (Method m : e.getClass().getMethods()) {
                    if (m.getName().equals(property) && m.getParameterCount() == 0) {
                        values.add(m.invoke(e));
                        break;
                    }
                }
            }
        } catch (ReflectiveOperationException ex) {
            throw new IllegalStateException(ex);
        }
        return values;
    }
}
