import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

final class Fast {

    static int[] weekHistogram(String startDate, List<LocalDate> bookings) {
        LocalDate start = LocalDate.parse(startDate);
        int[] weeks = new int[60];
        for (LocalDate d : bookings) {
            long days = ChronoUnit.DAYS.between(start, d);
            if (days >= 0 && days / 7 < weeks.length) {
                weeks[(int) (days / 7)]++;
            }
        }
        return weeks;
    }
}
