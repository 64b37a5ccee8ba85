import java.text.ParseException;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;

final class Slow {

    static List<Long> parseAll(List<String> lines) {
        List<Long> out = new ArrayList<>();
        for (String line : lines) {
            SimpleDateFormat f = new SimpleDateFormat("yyyy-MM-dd'T'HH:mm");
            f.setTimeZone(TimeZone.getTimeZone("UTC"));
            try {
                out.add(f.parse(line).getTime());
            } catch (ParseException e) {
                out.add(-1L);
            }
        }
        return out;
    }
}
