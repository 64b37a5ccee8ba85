import dev.flamefix.kb.seed.SeedDomain.Reading;
import java.util.List;

final class Fast {

    static double[] celsius(List<Reading> fahrenheit) {
        return fahrenheit.stream().mapToDouble(r -> (r.value() - 32) * 5 / 9).toArray();
    }
}
