import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

final class Slow {

    static int[] weekHistogram(String startDate, List<LocalDate> bookings) {
        int[] weeks = new int[60];
        for (LocalDate d : bookings) {
            long days = ChronoUnit.DAYS.between(LocalDate.parse(startDate), d);
            if (days >= 0 && days / 7 < weeks.length) {
                weeks[(int) (days / 7)]++;
            }
        }
        return weeks;
    }
}
