import dev.flamefix.kb.seed.SeedDomain.Severity;
import java.util.ArrayList;
import java.util.List;

final class Slow {

    List<Severity> decode(int[] codes) {
        List<Severity> out = new ArrayList<>(codes.length);
        for (int c : codes) {
            out.add(Severity.values()[Math.floorMod(c, Severity.values().length)]);
        }
        return out;
    }
}
