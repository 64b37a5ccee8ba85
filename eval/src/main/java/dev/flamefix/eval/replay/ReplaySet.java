package dev.flamefix.eval.replay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flamefix.eval.suite.SuiteFormatException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads a replay set (format in docs/evaluation.md): every sub-directory holding a {@code
 * task.json} is a task; tasks and answers come in name order.
 *
 * <pre>
 * DIR/&lt;task&gt;/task.json          {"target": "pkg.Cls#method", "origin": "...", "assume": "..."} (assume optional)
 * DIR/&lt;task&gt;/original.java      pkg.Cls, builds with the JDK alone
 * DIR/&lt;task&gt;/workload.java      pkg.ClsWorkload: check() and workload()
 * DIR/&lt;task&gt;/answers/&lt;name&gt;.md  the raw model answer
 * DIR/&lt;task&gt;/answers/&lt;name&gt;.java the answer applied to the class (optional, ground truth)
 * </pre>
 */
public final class ReplaySet {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ReplaySet() {}

  /**
   * Loads every task under {@code root}.
   *
   * @throws SuiteFormatException naming the task and file when something is missing or malformed
   */
  public static List<ReplayTask> load(Path root) {
    if (!Files.isDirectory(root)) {
      throw new SuiteFormatException("replay set " + root + " is not a directory");
    }
    List<ReplayTask> tasks = new ArrayList<>();
    for (Path dir : sorted(root)) {
      if (Files.isRegularFile(dir.resolve("task.json"))) {
        tasks.add(task(dir));
      }
    }
    if (tasks.isEmpty()) {
      throw new SuiteFormatException("replay set " + root + " has no task (no */task.json)");
    }
    return tasks;
  }

  private static ReplayTask task(Path dir) {
    String id = dir.getFileName().toString();
    JsonNode meta;
    try {
      meta = JSON.readTree(dir.resolve("task.json").toFile());
    } catch (IOException e) {
      throw new SuiteFormatException(id + "/task.json: " + e.getMessage(), e);
    }
    String target = meta.path("target").asText("");
    if (!target.matches("[\\w.$]+\\.[\\w$]+#[\\w$]+(\\(.*\\))?")) {
      throw new SuiteFormatException(id + "/task.json: target must be pkg.Cls#method, was '" + target + "'");
    }
    List<ReplayTask.RecordedAnswer> answers = new ArrayList<>();
    Path answerDir = dir.resolve("answers");
    if (Files.isDirectory(answerDir)) {
      for (Path file : sorted(answerDir)) {
        String name = file.getFileName().toString();
        if (name.endsWith(".md")) {
          String base = name.substring(0, name.length() - 3);
          Path applied = answerDir.resolve(base + ".java");
          answers.add(new ReplayTask.RecordedAnswer(base, read(id, file),
              Files.isRegularFile(applied) ? read(id, applied) : null));
        }
      }
    }
    if (answers.isEmpty()) {
      throw new SuiteFormatException(id + ": no answers/*.md");
    }
    return new ReplayTask(id, target, meta.path("origin").asText(""),
        read(id, dir.resolve("original.java")), read(id, dir.resolve("workload.java")), answers,
        meta.hasNonNull("assume") ? meta.get("assume").asText() : null);
  }

  private static List<Path> sorted(Path dir) {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(String id, Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new SuiteFormatException(id + ": cannot read " + file.getFileName() + ": " + e, e);
    }
  }
}
