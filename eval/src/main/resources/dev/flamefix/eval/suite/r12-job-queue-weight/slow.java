package com.example.scheduler;

import java.util.LinkedList;
import java.util.List;

public class JobQueue {

  public record Job(String name, int priority, int estimatedSeconds) {}

  private final LinkedList<Job> jobs = new LinkedList<>();

  public JobQueue(List<Job> initial) {
    jobs.addAll(initial);
  }

  public long totalPriorityWeight() {
    long total = 0;
    for (int i = 0; i < jobs.size(); i++) {
      Job job = jobs.get(i);
      total += (long) job.priority() * job.estimatedSeconds();
    }
    return total;
  }
}
