import dev.flamefix.kb.seed.SeedDomain.Task;
import java.util.ArrayList;
import java.util.List;

final class Fast {

    List<String> drain(List<Task> tasks) {
        List<Task> pending = new ArrayList<>(tasks);
        List<String> done = new ArrayList<>();
        for (int head = 0; head < pending.size(); head++) {
            done.add(pending.get(head).name());
        }
        return done;
    }
}
