import dev.flamefix.kb.seed.SeedDomain.Department;
import dev.flamefix.kb.seed.SeedDomain.Employee;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

final class Fast {

    static Map<String, Long> payrollByDepartment(List<Employee> employees, List<Department> departments) {
        Map<Integer, String> names = new HashMap<>();
        for (Department d : departments) {
            names.putIfAbsent(d.id(), d.name());
        }
        Map<String, Long> payroll = new LinkedHashMap<>();
        for (Employee e : employees) {
            String name = names.get(e.departmentId());
            if (name != null) {
                payroll.merge(name, e.salaryCents(), Long::sum);
            }
        }
        return payroll;
    }
}
