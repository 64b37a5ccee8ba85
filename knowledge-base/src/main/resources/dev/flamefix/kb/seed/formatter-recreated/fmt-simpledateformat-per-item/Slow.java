import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;

final class Slow {

    static List<String> format(long[] epochMillis) {
        List<String> out = new ArrayList<>(epochMillis.length);
        for (long t : epochMillis) {
            SimpleDateFormat f = new SimpleDateFormat("yyyy-MM-dd HH:mm:ss");
            f.setTimeZone(TimeZone.getTimeZone("UTC"));
            out.add(f.format(new Date(t)));
        }
        return out;
    }
}
