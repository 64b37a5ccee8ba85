import dev.flamefix.kb.seed.SeedDomain.Employee;
import java.util.List;

final class Fast {

    static String summary(List<Employee> staff) {
        java.util.LongSummaryStatistics s = staff.stream().mapToLong(Employee::salaryCents).summaryStatistics();
        return s.getCount() + "/" + s.getSum() + "/" + (s.getCount() == 0 ? 0L : s.getMax());
    }
}
