package dev.flamefix.validator.differential;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flamefix.recording.RecordedCall;
import dev.flamefix.recording.RecordingBatch;
import dev.flamefix.validator.benchmark.HarnessClassPath;
import dev.flamefix.validator.sandbox.ChildOutcome;
import dev.flamefix.validator.sandbox.ChildProfile;
import dev.flamefix.validator.sandbox.ProcessResult;
import dev.flamefix.validator.sandbox.Sandbox;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Host side of differential testing: writes the tasks, runs {@link DifferentialMain} in sandboxed
 * child JVMs, and reads the results back. When a child dies mid-task (System.exit, a hard kill,
 * a crash) that task gets a result saying so and a new child carries on with the rest.
 *
 * <p>When a task asks for the coverage gate the child runs with the JaCoCo agent, instrumenting
 * only the classes under test (original and candidate, with their nested classes); the JMH child
 * never does, so benchmarks measure uninstrumented code.
 */
public final class DifferentialRunner {

  private final Sandbox sandbox;
  private final int heapMegabytes;
  private final Duration limitPerTask;
  private final ObjectMapper json = new ObjectMapper();

  /**
   * @param sandbox where children run
   * @param heapMegabytes {@code -Xmx} of each child
   * @param limitPerTask wall-clock allowance per task; a child gets it times its remaining tasks
   */
  public DifferentialRunner(Sandbox sandbox, int heapMegabytes, Duration limitPerTask) {
    this.sandbox = sandbox;
    this.heapMegabytes = heapMegabytes;
    this.limitPerTask = limitPerTask;
  }

  /** Runs every task; the result map follows task order and has an entry for each. */
  public Map<String, DifferentialResult> run(List<DifferentialTask> tasks, List<Path> classPath,
      Path workDir) {
    return run(tasks, Map.of(), classPath, workDir);
  }

  /**
   * Runs every task, replaying {@code recorded} calls (by task id, see {@link #envelope}) after
   * the generated inputs. Each envelope goes into a file beside the task file, which the child
   * may read (payloads can be large, so they stay out of the JSON).
   */
  public Map<String, DifferentialResult> run(List<DifferentialTask> tasks,
      Map<String, RecordingBatch> recorded, List<Path> classPath, Path workDir) {
    Map<String, DifferentialResult> results = new LinkedHashMap<>();
    try {
      Files.createDirectories(workDir);
      List<Path> readable = new ArrayList<>();
      tasks = withRecordedFiles(tasks, recorded, workDir, readable);
      Path taskFile = workDir.resolve("tasks.json");
      json.writeValue(taskFile.toFile(), tasks);
      List<String> jvmOptions = coverageAgent(tasks);
      Duration limit = limitPerTask.plusMillis(
          tasks.stream().mapToLong(DifferentialTask::searchMillis).max().orElse(0));
      int next = 0;
      int child = 0;
      while (next < tasks.size()) {
        Path resultFile = workDir.resolve("results-" + child + ".jsonl");
        Path childDir = workDir.resolve("child-" + child++);
        int remaining = tasks.size() - next;
        List<String> command = Sandbox.javaCommand(heapMegabytes, childDir.resolve("tmp"),
            classPath, DifferentialMain.class.getName(),
            List.of(taskFile.toString(), resultFile.toString(), String.valueOf(next)), jvmOptions);
        Files.createDirectories(childDir.resolve("tmp"));
        Duration childLimit = limit.multipliedBy(remaining).plusSeconds(5);
        ProcessResult process = sandbox.run(ChildProfile.NO_PROCESSES, command, childDir,
            readable, List.of(resultFile), childLimit, Map.of());
        DifferentialResult last = null;
        if (Files.exists(resultFile)) {
          for (String line : Files.readAllLines(resultFile)) {
            if (!line.isBlank()) {
              last = json.readValue(line, DifferentialResult.class);
              results.put(last.id(), last);
            }
          }
        }
        // A child that wrote why it stopped (System.exit, OOM, ...) and then halted has
        // explained its exit status; only an unexplained death is charged to the next task.
        boolean explained = last != null && !"COMPLETED".equals(last.outcome());
        while (next < tasks.size() && results.containsKey(tasks.get(next).id())) {
          next++;
        }
        if (next < tasks.size() && !explained) {
          if (process.exitCode() == 0 && !process.timedOut()) {
            throw new IllegalStateException("differential child exited without results: "
                + process.stderr());
          }
          DifferentialTask task = tasks.get(next);
          ChildOutcome outcome = ChildOutcome.classify(process);
          // Killed at the whole child's wall-clock limit, not by the per-call watchdog: no single
          // call hung, so this is load or slow inputs for either side, not a counterexample (the
          // validator reports the candidate unproven).
          boolean killed = process.timedOut();
          results.put(task.id(), new DifferentialResult(task.id(), outcome.name(), false,
              task.seed(), List.of(), killed ? null : crashExample(outcome, process), killed
                  ? "the child JVM was stopped at its " + childLimit.toSeconds() + " s wall-clock"
                      + " limit before finishing; no single call exceeded its "
                      + task.callTimeoutMillis() + " ms limit (a loaded machine, or inputs slow for"
                      + " the original or the candidate)"
                  : "child JVM ended: " + outcome + " (exit " + process.exitCode() + ")"));
          next++;
        }
      }
      return results;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The envelope a task's recorded calls travel in to the child: {@code dropped} calls left out by
   * the caller's cap are counted in it so the report can say so.
   */
  public static RecordingBatch envelope(String method, List<RecordedCall> calls, int dropped) {
    return new RecordingBatch("validation", "validator", method, RecordingBatch.Status.COMPLETED,
        "", 0, 0, calls.size() + (long) dropped,
        dropped > 0 ? Map.of(RecordedInputs.DROPPED, (long) dropped) : Map.of(), calls);
  }

  private static List<DifferentialTask> withRecordedFiles(List<DifferentialTask> tasks,
      Map<String, RecordingBatch> recorded, Path workDir, List<Path> readable) throws IOException {
    List<DifferentialTask> out = new ArrayList<>();
    for (int i = 0; i < tasks.size(); i++) {
      DifferentialTask task = tasks.get(i);
      RecordingBatch batch = recorded.get(task.id());
      if (batch == null) {
        out.add(task);
        continue;
      }
      Path file = workDir.resolve("recorded-" + i + ".ffrc").toAbsolutePath();
      try (OutputStream stream = Files.newOutputStream(file)) {
        batch.writeTo(stream);
      }
      readable.add(file);
      out.add(task.toBuilder().recordedCalls(file.toString()).build());
    }
    return out;
  }

  /**
   * {@code -javaagent} for the tasks that want the coverage gate: probes read in-process only
   * ({@code output=none}), a fixed session id (the default one looks up the host name, which a
   * child without network need not wait for).
   */
  private static List<String> coverageAgent(List<DifferentialTask> tasks) {
    // One pattern set per original: its candidates are all named X__candidate[N], so a batch of
    // many candidates keeps a short command line.
    List<String> includes = new ArrayList<>();
    for (DifferentialTask task : tasks) {
      String name = task.originalClass();
      if (task.coverageGate() && !includes.contains(name)) {
        includes.addAll(List.of(name, name + "$*", name + "__*"));
      }
      if (task.coverageGate() && !task.candidateClass().startsWith(name + "__")) {
        includes.addAll(List.of(task.candidateClass(), task.candidateClass() + "$*"));
      }
    }
    if (includes.isEmpty()) {
      return List.of();
    }
    return List.of("-javaagent:" + HarnessClassPath.coverageAgent().toAbsolutePath()
        + "=output=none,sessionid=flamefix,includes=" + String.join(":", includes));
  }

  private static Counterexample crashExample(ChildOutcome outcome, ProcessResult process) {
    String kind = switch (outcome) {
      case TIMEOUT -> "timeout";
      case OUT_OF_MEMORY -> "out-of-memory";
      case STACK_OVERFLOW -> "stack-overflow";
      case SYSTEM_EXIT -> "system-exit";
      case THREAD_LEAK -> "thread-leak";
      default -> "crash";
    };
    String stderr = process.stderr();
    String tail = stderr.length() > 2000 ? stderr.substring(stderr.length() - 2000) : stderr;
    return new Counterexample(kind, "?", "?", "", tail.isBlank() ? "exit " + process.exitCode()
        : tail, "the child JVM ended: " + outcome, 0);
  }
}
