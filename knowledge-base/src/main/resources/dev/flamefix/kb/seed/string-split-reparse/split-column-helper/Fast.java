import java.util.ArrayList;
import java.util.List;

final class Fast {

    List<String> keys(List<String> records) {
        List<String> out = new ArrayList<>();
        for (String r : records) {
            String[] parts = r.split("\\|");
            if (parts.length >= 3) {
                out.add(parts[0] + "/" + parts[2]);
            }
        }
        return out;
    }
}
