import dev.flamefix.kb.seed.SeedDomain.Employee;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

final class Slow {

    Employee topEarner(List<Employee> staff) {
        if (staff.isEmpty()) {
            return null;
        }
        List<Employee> copy = new ArrayList<>(staff);
        copy.sort(Comparator.comparingLong(Employee::salaryCents).reversed());
        return copy.get(0);
    }
}
