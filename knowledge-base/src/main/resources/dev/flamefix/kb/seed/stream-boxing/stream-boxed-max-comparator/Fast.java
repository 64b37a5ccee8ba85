import dev.flamefix.kb.seed.SeedDomain.Employee;
import java.util.List;

final class Fast {

    static long topSalary(List<Employee> staff) {
        return staff.stream().mapToLong(Employee::salaryCents).max().orElse(0L);
    }
}
