import dev.flamefix.kb.seed.SeedDomain.Task;
import java.util.ArrayList;
import java.util.List;

final class Slow {

    List<String> drain(List<Task> tasks) {
        List<Task> pending = new ArrayList<>(tasks);
        List<String> done = new ArrayList<>();
        while (!pending.isEmpty()) {
            Task t = pending.remove(0);
            done.add(t.name());
        }
        return done;
    }
}
