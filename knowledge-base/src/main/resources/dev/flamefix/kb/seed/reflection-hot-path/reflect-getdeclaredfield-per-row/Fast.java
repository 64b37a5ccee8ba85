import dev.flamefix.kb.seed.SeedDomain.ShipmentRow;
import java.lang.reflect.Field;
import java.util.List;

final class Fast {

    static long totalWeight(List<ShipmentRow> rows) {
        long total = 0;
        try {
            Field f = ShipmentRow.class.getDeclaredField("weightGrams");
            f.setAccessible(true);
            for (ShipmentRow row : rows) {
                total += f.getInt(row);
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return total;
    }
}
