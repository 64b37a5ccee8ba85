package dev.flamefix.validator.differential;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flamefix.validator.sandbox.ChildOutcome;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;

/**
 * Entry point of the differential child JVM: {@code DifferentialMain <tasks.json> <results.jsonl>
 * <first-task-index>}. Appends one JSON line per finished task; when code under test ends the
 * JVM early it still writes what happened (exit hook) or the host fills it in from the exit code.
 */
public final class DifferentialMain {

  private static volatile boolean finished;

  /**
   * Outcome of a task the harness could not finish for reasons of its own: no counterexample, so
   * the candidate is unproven; the host starts a fresh child for the tasks after it.
   */
  static final String HARNESS_FAILED = "HARNESS_FAILED";
  private static volatile String currentTask;

  private DifferentialMain() {}

  /** Runs the tasks; never returns normally (halts so leaked threads cannot keep it alive). */
  public static void main(String[] args) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<DifferentialTask> tasks =
        Arrays.asList(json.readValue(Path.of(args[0]).toFile(), DifferentialTask[].class));
    Path results = Path.of(args[1]);
    int first = Integer.parseInt(args[2]);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> exitHook(json, results)));
    for (int i = first; i < tasks.size(); i++) {
      DifferentialTask task = tasks.get(i);
      currentTask = task.id();
      DifferentialResult result;
      try {
        result = new DifferentialEngine(task, DifferentialMain.class.getClassLoader()).run();
      } catch (ClassNotFoundException | LinkageError e) {
        result = new DifferentialResult(task.id(), "COMPLETED", false, task.seed(), List.of(), null,
            "cannot load classes: " + e);
      } catch (RuntimeException e) {
        // A fault of the harness itself (candidate code runs behind CallRunner, which catches
        // everything): report it as such rather than as the candidate ending the JVM.
        result = new DifferentialResult(task.id(), "COMPLETED", false, task.seed(), List.of(), null,
            "differential harness failed: " + e);
      } catch (Error e) {
        // An Error in the harness's own thread (out of heap outside any call, as on held-out
        // hv07) would otherwise end main, and the shutdown hook would report the
        // JVM's end as the candidate calling System.exit. Nothing was learnt of the candidate.
        finished = true;
        append(json, results, harnessError(task, e));
        System.out.flush();
        Runtime.getRuntime().halt(ChildOutcome.EXIT_HARNESS_FAILED);
        return;
      }
      append(json, results, result);
      int code = switch (result.outcome()) {
        case "TIMEOUT" -> ChildOutcome.EXIT_CALL_TIMEOUT;
        case "OUT_OF_MEMORY" -> ChildOutcome.EXIT_OUT_OF_MEMORY;
        case "STACK_OVERFLOW" -> ChildOutcome.EXIT_STACK_OVERFLOW;
        case "THREAD_LEAK" -> ChildOutcome.EXIT_THREAD_LEAK;
        default -> 0;
      };
      if (code != 0) {
        // The JVM is not trustworthy after this (stuck or leaked threads): start a fresh one.
        finished = true;
        System.out.flush();
        Runtime.getRuntime().halt(code);
      }
    }
    finished = true;
    System.out.flush();
    Runtime.getRuntime().halt(0);
  }

  private static void exitHook(ObjectMapper json, Path results) {
    if (finished) {
      return;
    }
    DifferentialResult result = shutdownResult(currentTask, DifferentialEngine.currentCall);
    try {
      append(json, results, result);
    } catch (IOException e) {
      // Nothing else to do: the host classifies the exit code without the details.
    }
    Runtime.getRuntime().halt(result.counterexample() == null ? ChildOutcome.EXIT_HARNESS_FAILED
        : ChildOutcome.EXIT_SYSTEM_EXIT);
  }

  /**
   * What a shutdown the harness did not start means: with a call of code under test in progress,
   * that code called {@code System.exit} (a counterexample naming the call); with none, nothing
   * can be blamed on the candidate (a signal, or a thread left running that exits later), so the
   * task is {@link #HARNESS_FAILED} and the candidate unproven.
   */
  static DifferentialResult shutdownResult(String task, String call) {
    if (call.isEmpty()) {
      return new DifferentialResult(task, HARNESS_FAILED, false, 0, List.of(), null,
          "the differential child was shut down with no call of code under test in progress");
    }
    Counterexample example = new Counterexample("system-exit", call, call, "", "called System.exit",
        "code under test ended the JVM", 0);
    return new DifferentialResult(task, "SYSTEM_EXIT", false, 0, List.of(), example, null);
  }

  /** The result of a task whose harness thread failed with {@code e} outside code under test. */
  static DifferentialResult harnessError(DifferentialTask task, Error e) {
    return new DifferentialResult(task.id(), HARNESS_FAILED, false, task.seed(), List.of(), null,
        "differential harness failed outside code under test: " + e);
  }

  private static synchronized void append(ObjectMapper json, Path results, DifferentialResult r)
      throws IOException {
    try (OutputStream out = Files.newOutputStream(results, StandardOpenOption.CREATE,
        StandardOpenOption.APPEND)) {
      out.write((json.writeValueAsString(r) + "\n").getBytes(StandardCharsets.UTF_8));
    }
  }
}
