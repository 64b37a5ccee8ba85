package printshop.jobs;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

public final class PressQueueWorkload {
  public static Supplier<Object> workload() {
    List<PressQueue.Job> jobs = new ArrayList<>();
    for (int i = 0; i < 5_000; i++) {
      int sheets = i % 9 == 0 ? 5_000 + (i * 31) % 7_000 : 50 + (i * 17) % 900;
      jobs.add(new PressQueue.Job("job-" + i, sheets));
    }
    PressQueue press = new PressQueue(120, 2_000);
    return () -> press.schedule(jobs);
  }
}
