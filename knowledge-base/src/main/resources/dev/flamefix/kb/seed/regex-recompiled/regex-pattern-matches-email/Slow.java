import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

final class Slow {

    static List<String> validEmails(List<String> candidates) {
        List<String> valid = new ArrayList<>();
        for (String c : candidates) {
            if (Pattern.matches("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}", c)) {
                valid.add(c);
            }
        }
        return valid;
    }
}
