package com.example.scheduler;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

public final class JobQueueWorkload {
  public static Supplier<Object> workload() {
    List<JobQueue.Job> jobs = new ArrayList<>();
    for (int i = 0; i < 2500; i++) {
      jobs.add(new JobQueue.Job("job-" + i, 1 + i % 10, 30 + i % 600));
    }
    JobQueue queue = new JobQueue(jobs);
    return queue::totalPriorityWeight;
  }
}
