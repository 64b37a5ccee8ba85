import dev.flamefix.kb.seed.SeedDomain.Reading;
import java.text.ChoiceFormat;
import java.util.List;
import java.util.Map;

final class Fast {

    private static final ChoiceFormat BAND = new ChoiceFormat("-1#freezing|0#cold|10#mild|20#warm|30#hot|40#extreme");

    static Map<String, Integer> bands(List<Reading> readings) {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        for (Reading r : readings) {
            counts.merge(BAND.format(r.value()), 1, Integer::sum);
        }
        return counts;
    }
}
