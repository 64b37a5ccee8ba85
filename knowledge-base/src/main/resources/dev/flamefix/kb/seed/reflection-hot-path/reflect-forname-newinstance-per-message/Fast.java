import dev.flamefix.kb.seed.SeedDomain.Handler;
import dev.flamefix.kb.seed.SeedDomain.Message;
import java.lang.reflect.Constructor;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

final class Fast {

    static long dispatch(List<Message> messages) {
        Map<String, Constructor<?>> constructors = new HashMap<>();
        long total = 0;
        try {
            for (Message m : messages) {
                Constructor<?> c = constructors.get(m.handlerClass());
                if (c == null) {
                    c = Class.forName(m.handlerClass()).getDeclaredConstructor();
                    constructors.put(m.handlerClass(), c);
                }
                total += ((Handler) c.newInstance()).handle(m.payload());
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return total;
    }
}
