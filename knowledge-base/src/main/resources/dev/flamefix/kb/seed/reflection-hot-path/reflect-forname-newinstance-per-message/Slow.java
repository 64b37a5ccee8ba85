import dev.flamefix.kb.seed.SeedDomain.Handler;
import dev.flamefix.kb.seed.SeedDomain.Message;
import java.util.List;

final class Slow {

    static long dispatch(List<Message> messages) {
        long total = 0;
        try {
            for (Message m : messages) {
                Handler h = (Handler) Class.forName(m.handlerClass()).getDeclaredConstructor().newInstance();
                total += h.handle(m.payload());
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return total;
    }
}
