import dev.flamefix.kb.seed.SeedDomain.Employee;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

final class Fast {

    Employee topEarner(List<Employee> staff) {
        if (staff.isEmpty()) {
            return null;
        }
        Employee best = staff.get(0);
        for (int i = 1; i < staff.size(); i++) {
            Employee e = staff.get(i);
            if (e.salaryCents() > best.salaryCents()) {
                best = e;
            }
        }
        return best;
    }
}
