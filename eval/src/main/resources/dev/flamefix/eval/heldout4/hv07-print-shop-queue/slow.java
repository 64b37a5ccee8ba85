package printshop.jobs;

import java.util.ArrayList;
import java.util.List;

public class PressQueue {

  public record Job(String jobId, int sheets) {}

  public record Run(String jobId, int sheets, long startMinute, long endMinute) {}

  private final int sheetsPerMinute;
  private final int maxSheetsPerRun;

  public PressQueue(int sheetsPerMinute, int maxSheetsPerRun) {
    this.sheetsPerMinute = sheetsPerMinute;
    this.maxSheetsPerRun = maxSheetsPerRun;
  }

  /**
   * Runs the jobs on one press in arrival order. A job with more sheets than one run may take is
   * printed in part and its remainder goes to the back of the queue, so long jobs do not hold up
   * short ones. Jobs with no sheets are dropped.
   */
  public List<Run> schedule(List<Job> jobs) {
    List<Job> waiting = new ArrayList<>(jobs);
    List<Run> runs = new ArrayList<>();
    long clock = 0;
    while (!waiting.isEmpty()) {
      Job job = waiting.remove(0);
      if (job.sheets() <= 0) {
        continue;
      }
      int printed = Math.min(job.sheets(), maxSheetsPerRun);
      long minutes = (printed - 1) / sheetsPerMinute + 1;
      runs.add(new Run(job.jobId(), printed, clock, clock + minutes));
      clock += minutes;
      if (printed < job.sheets()) {
        waiting.add(new Job(job.jobId(), job.sheets() - printed));
      }
    }
    return runs;
  }
}
