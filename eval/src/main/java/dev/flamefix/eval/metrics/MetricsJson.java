package dev.flamefix.eval.metrics;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes and reads evaluation reports as JSON ({@code {"reports": [...]}}). */
public final class MetricsJson {

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** The file's top-level shape. */
  public record Document(List<EvalReport> reports) {}

  private MetricsJson() {}

  /** Renders the reports as pretty-printed JSON. */
  public static String toJson(List<EvalReport> reports) {
    try {
      return JSON.writeValueAsString(new Document(reports));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("reports are plain values and always serialise", e);
    }
  }

  /** Writes the reports to a file, replacing it. */
  public static void write(List<EvalReport> reports, Path file) {
    try {
      Files.writeString(file, toJson(reports), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Parses reports written by {@link #toJson}.
   *
   * @throws IllegalArgumentException when the text is not such a document
   */
  public static List<EvalReport> fromJson(String text) {
    try {
      return JSON.readValue(text, Document.class).reports();
    } catch (IOException e) {
      throw new IllegalArgumentException("not an evaluation report document: " + e.getMessage(), e);
    }
  }
}
