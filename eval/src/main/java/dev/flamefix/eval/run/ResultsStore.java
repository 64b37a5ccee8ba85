package dev.flamefix.eval.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flamefix.eval.metrics.ProgramOutcome;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Per-program outcomes of one run as JSON lines in {@code <dir>/outcomes.jsonl}, appended and
 * forced to disk one program at a time so an interrupted run resumes where it stopped. A last
 * line cut short by a crash is ignored (that program is simply evaluated again); any other
 * unreadable line is an error, so no finished work is silently dropped.
 */
public final class ResultsStore {

  /** Name of the outcomes file inside the store directory. */
  public static final String FILE_NAME = "outcomes.jsonl";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path file;
  private final Map<String, ProgramOutcome> outcomes = new LinkedHashMap<>();

  /**
   * Opens (creating if needed) the store in {@code dir} and reads what is already there.
   *
   * @throws IllegalStateException when a line other than the last cannot be read
   */
  public ResultsStore(Path dir) {
    this.file = dir.resolve(FILE_NAME);
    try {
      Files.createDirectories(dir);
      if (Files.exists(file)) {
        load();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void load() throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    int lastNonBlank = lines.size() - 1;
    while (lastNonBlank >= 0 && lines.get(lastNonBlank).isBlank()) {
      lastNonBlank--;
    }
    boolean truncatedTail = false;
    for (int i = 0; i <= lastNonBlank; i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      try {
        ProgramOutcome o = JSON.readValue(line, ProgramOutcome.class);
        outcomes.put(o.programId(), o);
      } catch (IOException | IllegalArgumentException e) {
        if (i == lastNonBlank) {
          truncatedTail = true;
        } else {
          throw new IllegalStateException(file + " line " + (i + 1) + " is not an outcome: " + e.getMessage(), e);
        }
      }
    }
    if (truncatedTail) {
      // Rewrite without the torn line so the next append starts on a clean line.
      List<String> keep = new ArrayList<>();
      for (ProgramOutcome o : outcomes.values()) {
        keep.add(JSON.writeValueAsString(o));
      }
      Files.write(file, keep, StandardCharsets.UTF_8);
    }
  }

  /** Whether an outcome for this program is stored. */
  public synchronized boolean isDone(String programId) {
    return outcomes.containsKey(programId);
  }

  /** Stored outcomes in the order they were first written. */
  public synchronized List<ProgramOutcome> outcomes() {
    return List.copyOf(outcomes.values());
  }

  /** Appends an outcome and forces it to disk before returning. A later outcome for the same program replaces it on reload. */
  public synchronized void append(ProgramOutcome outcome) {
    String line;
    try {
      line = JSON.writeValueAsString(outcome) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("outcomes are plain values and always serialise", e);
    }
    try (FileChannel channel = FileChannel.open(file,
        StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
      ByteBuffer bytes = ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8));
      while (bytes.hasRemaining()) {
        channel.write(bytes);
      }
      channel.force(false);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    outcomes.put(outcome.programId(), outcome);
  }

  /** The outcomes file. */
  public Path file() {
    return file;
  }
}
