import java.util.List;
import java.util.regex.Pattern;

final class Fast {

    private static final Pattern DIGITS = Pattern.compile("\\d+");

    static long numericZips(List<String> zips) {
        return zips.stream().filter(z -> DIGITS.matcher(z).matches()).count();
    }
}
