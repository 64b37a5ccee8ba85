import dev.flamefix.kb.seed.SeedDomain.ShipmentRow;
import java.lang.reflect.Field;
import java.util.List;

final class Slow {

    static String describe(Object o) {
        StringBuilder sb = new StringBuilder(o.getClass().getSimpleName()).append('{');
        try {
            for (Field f : o.getClass().getDeclaredFields()) {
                f.setAccessible(true);
                sb.append(f.getName()).append('=').append(f.get(o)).append(';');
            }
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
        return sb.append('}').toString();
    }

    static int render(List<ShipmentRow> rows) {
        int length = 0;
        for (ShipmentRow r : rows) {
            length += describe(r).length();
        }
        return length;
    }
}
