import dev.flamefix.kb.seed.SeedDomain.Employee;
import java.util.Comparator;
import java.util.List;

final class Slow {

    static long topSalary(List<Employee> staff) {
        return staff.stream().map(Employee::salaryCents).max(Comparator.naturalOrder()).orElse(0L);
    }
}
