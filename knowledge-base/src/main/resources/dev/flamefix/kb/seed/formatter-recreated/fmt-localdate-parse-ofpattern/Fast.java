import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

final class Fast {

    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    static int weekendBookings(List<String> dates) {
        int weekend = 0;
        for (String s : dates) {
            DayOfWeek day = LocalDate.parse(s, DAY_MONTH_YEAR).getDayOfWeek();
            if (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY) {
                weekend++;
            }
        }
        return weekend;
    }
}
