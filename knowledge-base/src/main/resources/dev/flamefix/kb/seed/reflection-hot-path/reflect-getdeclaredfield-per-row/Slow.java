import dev.flamefix.kb.seed.SeedDomain.ShipmentRow;
import java.lang.reflect.Field;
import java.util.List;

final class Slow {

    static long totalWeight(List<ShipmentRow> rows) {
        long total = 0;
        try {
            for (ShipmentRow row : rows) {
                Field f = ShipmentRow.class.getDeclaredField("weightGrams");
                f.setAccessible(true);
                total += f.getInt(row);
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return total;
    }
}
