package dev.flamefix.validator.differential;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The differential task file as the JMH child reads it: the confined child sees only its own
 * directory, so each task's recorded calls (a file beside the differential task file) are copied
 * in beside the copied task file, which names the copy.
 */
public final class BenchmarkTasks {

  private static final ObjectMapper JSON = new ObjectMapper();

  private BenchmarkTasks() {}

  /**
   * Writes the tasks of {@code taskFile} to {@code target}, with their recorded calls copied into
   * {@code target}'s directory.
   */
  public static void copy(Path taskFile, Path target) {
    try {
      DifferentialTask[] tasks = JSON.readValue(taskFile.toFile(), DifferentialTask[].class);
      List<DifferentialTask> out = new ArrayList<>();
      for (int i = 0; i < tasks.length; i++) {
        DifferentialTask task = tasks[i];
        if (task.recordedCalls() != null && Files.isReadable(Path.of(task.recordedCalls()))) {
          Path copy = target.resolveSibling("flamefix-recorded-" + i + ".ffrc").toAbsolutePath();
          Files.copy(Path.of(task.recordedCalls()), copy, StandardCopyOption.REPLACE_EXISTING);
          task = task.toBuilder().recordedCalls(copy.toString()).build();
        }
        out.add(task);
      }
      JSON.writeValue(target.toFile(), out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot copy " + taskFile, e);
    }
  }
}
