import dev.flamefix.kb.seed.SeedDomain.Task;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

final class Fast {

    static List<String> schedule(List<Task> tasks) {
        List<Task> pending = new ArrayList<>(tasks);
        pending.sort(Comparator.comparingLong(Task::deadline));
        List<String> order = new ArrayList<>(pending.size());
        for (Task t : pending) {
            order.add(t.name());
        }
        return order;
    }
}
