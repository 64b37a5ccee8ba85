import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

final class Fast {

    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");

    static List<String> validEmails(List<String> candidates) {
        List<String> valid = new ArrayList<>();
        for (String c : candidates) {
            if (EMAIL.matcher(c).matches()) {
                valid.add(c);
            }
        }
        return valid;
    }
}
