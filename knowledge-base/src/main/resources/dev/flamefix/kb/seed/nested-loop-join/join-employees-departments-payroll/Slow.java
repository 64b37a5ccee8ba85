import dev.flamefix.kb.seed.SeedDomain.Department;
import dev.flamefix.kb.seed.SeedDomain.Employee;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

final class Slow {

    static Map<String, Long> payrollByDepartment(List<Employee> employees, List<Department> departments) {
        Map<String, Long> payroll = new LinkedHashMap<>();
        for (Employee e : employees) {
            for (Department d : departments) {
                if (d.id() == e.departmentId()) {
                    payroll.merge(d.name(), e.salaryCents(), Long::sum);
                    break;
                }
            }
        }
        return payroll;
    }
}
