import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

final class Slow {

    static int weekendBookings(List<String> dates) {
        int weekend = 0;
        for (String s : dates) {
            DayOfWeek day = LocalDate.parse(s, DateTimeFormatter.ofPattern("dd/MM/yyyy")).getDayOfWeek();
            if (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY) {
                weekend++;
            }
        }
        return weekend;
    }
}
