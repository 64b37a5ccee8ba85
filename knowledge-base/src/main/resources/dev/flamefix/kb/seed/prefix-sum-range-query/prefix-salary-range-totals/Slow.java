import dev.flamefix.kb.seed.SeedDomain.Employee;
import java.util.List;

final class Slow {

    long[] rangeTotals(List<Employee> staff) {
        long[] totals = new long[staff.size()];
        for (int i = 0; i < staff.size(); i++) {
            totals[i] = sumBetween(staff, i / 2, i);
        }
        return totals;
    }

    private static long sumBetween(List<Employee> staff, int from, int to) {
        long sum = 0;
        for (int j = from; j <= to; j++) {
            sum += staff.get(j).salaryCents();
        }
        return sum;
    }
}
