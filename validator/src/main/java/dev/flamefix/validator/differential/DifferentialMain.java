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
    String call = DifferentialEngine.currentCall;
    Counterexample example = new Counterexample("system-exit", call.isEmpty() ? "?" : call, call,
        "", "called System.exit", "code under test ended the JVM", 0);
    try {
      append(json, results, new DifferentialResult(currentTask, "SYSTEM_EXIT", false, 0,
          List.of(), example, null));
    } catch (IOException e) {
      // Nothing else to do: the host classifies the exit code without the details.
    }
    Runtime.getRuntime().halt(ChildOutcome.EXIT_SYSTEM_EXIT);
  }

  private static synchronized void append(ObjectMapper json, Path results, DifferentialResult r)
      throws IOException {
    try (OutputStream out = Files.newOutputStream(results, StandardOpenOption.CREATE,
        StandardOpenOption.APPEND)) {
      out.write((json.writeValueAsString(r) + "\n").getBytes(StandardCharsets.UTF_8));
    }
  }
}
