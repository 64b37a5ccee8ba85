import dev.flamefix.kb.seed.SeedDomain.Employee;
import java.util.Comparator;
import java.util.List;

final class Slow {

    static String summary(List<Employee> staff) {
        long count = staff.stream().map(Employee::salaryCents).count();
        Long sum = staff.stream().map(Employee::salaryCents).reduce(0L, Long::sum);
        Long max = staff.stream().map(Employee::salaryCents).max(Comparator.naturalOrder()).orElse(0L);
        return count + "/" + sum + "/" + max;
    }
}
