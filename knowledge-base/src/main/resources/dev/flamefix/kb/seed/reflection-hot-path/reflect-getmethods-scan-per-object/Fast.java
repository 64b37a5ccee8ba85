import dev.flamefix.kb.seed.SeedDomain.Employee;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

final class Fast {

    static List<Object> column(List<Employee> staff, String property) {
        List<Object> values = new ArrayList<>();
        Map<Class<?>, Method> getters = new HashMap<>();
        try {
            for (Employee e : staff) {
                Method getter = getters.get(e.getClass());
                if (getter == null && !getters.containsKey(e.getClass())) {
                    for (Method m : e.getClass().getMethods()) {
                        if (m.getName().equals(property) && m.getParameterCount() == 0) {
                            getter = m;
                            break;
                        }
                    }
                    getters.put(e.getClass(), getter);
                }
                if (getter != null) {
                    values.add(getter.invoke(e));
                }
            }
        } catch (ReflectiveOperationException ex) {
            throw new IllegalStateException(ex);
        }
        return values;
    }
}
