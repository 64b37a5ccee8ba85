import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

final class Fast {

    static int countBlocked(String[] addresses, String[] blocklist) {
        Set<String> bad = new HashSet<>(Arrays.asList(blocklist));
        int blocked = 0;
        for (String address : addresses) {
            if (address != null && bad.contains(address)) {
                blocked++;
            }
        }
        return blocked;
    }
}
