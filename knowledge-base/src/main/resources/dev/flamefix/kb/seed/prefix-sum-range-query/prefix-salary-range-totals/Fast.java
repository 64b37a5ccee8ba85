import dev.flamefix.kb.seed.SeedDomain.Employee;
import java.util.List;

final class Fast {

    long[] rangeTotals(List<Employee> staff) {
        long[] prefix = new long[staff.size() + 1];
        for (int i = 0; i < staff.size(); i++) {
            prefix[i + 1] = prefix[i] + staff.get(i).salaryCents();
        }
        long[] totals = new long[staff.size()];
        for (int i = 0; i < staff.size(); i++) {
            totals[i] = prefix[i + 1] - prefix[i / 2];
        }
        return totals;
    }
}
