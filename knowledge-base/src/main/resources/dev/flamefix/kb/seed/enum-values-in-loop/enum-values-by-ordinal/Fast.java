import dev.flamefix.kb.seed.SeedDomain.Severity;
import java.util.ArrayList;
import java.util.List;

final class Fast {

    private static final Severity[] SEVERITIES = Severity.values();

    List<Severity> decode(int[] codes) {
        List<Severity> out = new ArrayList<>(codes.length);
        for (int c : codes) {
            out.add(SEVERITIES[Math.floorMod(c, SEVERITIES.length)]);
        }
        return out;
    }
}
