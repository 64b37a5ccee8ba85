import dev.flamefix.kb.seed.SeedDomain.Task;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

final class Slow {

    static List<String> schedule(List<Task> tasks) {
        List<Task> pending = new ArrayList<>(tasks);
        List<String> order = new ArrayList<>();
        while (!pending.isEmpty()) {
            pending.sort(Comparator.comparingLong(Task::deadline));
            order.add(pending.remove(0).name());
        }
        return order;
    }
}
