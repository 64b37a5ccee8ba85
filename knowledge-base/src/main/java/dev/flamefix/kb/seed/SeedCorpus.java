package dev.flamefix.kb.seed;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.flamefix.kb.Case;
import dev.flamefix.kb.KnowledgeBaseException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The seed corpus as files: {@code index.txt} lists one {@code <category>/<id>} per line, and each
 * such folder holds {@code case.json} ({@link SeedMetadata}), {@code Slow.java} and {@code
 * Fast.java}. The files are the source of truth; the index exists because a class path inside a
 * jar cannot be listed, and a test keeps it equal to the folders.
 *
 * <p>Loads from the class path (what the knowledge base seeds from) or from a directory (what the
 * measuring tool reads and writes back to).
 */
public final class SeedCorpus {

  /** Class-path root of the corpus shipped in this jar. */
  public static final String RESOURCE_ROOT = "/dev/flamefix/kb/seed";
  /** The corpus in the source tree, relative to the repository root. */
  public static final Path SOURCE_ROOT =
      Path.of("knowledge-base/src/main/resources/dev/flamefix/kb/seed");
  /** The list of case folders, relative to the root. */
  public static final String INDEX = "index.txt";
  /** The shared domain types the cases use, relative to the root. */
  public static final String DOMAIN = "SeedDomain.java";
  /** Metadata file of a case. */
  public static final String METADATA = "case.json";
  /** Source file of the slow version. */
  public static final String SLOW = "Slow.java";
  /** Source file of the fast version. */
  public static final String FAST = "Fast.java";

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** Reads one file of the corpus by its path relative to the root, or {@code null} if absent. */
  @FunctionalInterface
  private interface CorpusFiles {
    String read(String relative) throws IOException;
  }

  private SeedCorpus() {}

  /**
   * Loads the corpus under class-path root {@code root} (absolute resource name).
   *
   * @return the cases in index order; empty if there is no index under {@code root}
   * @throws KnowledgeBaseException if the index names a case whose files are missing or broken
   */
  public static List<SeedCase> fromClasspath(String root) {
    String base = root.endsWith("/") ? root : root + "/";
    return load(base, relative -> {
      try (InputStream in = SeedCorpus.class.getResourceAsStream(base + relative)) {
        return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    });
  }

  /**
   * Loads the corpus under directory {@code root}.
   *
   * @return the cases in index order; empty if {@code root} has no index
   * @throws KnowledgeBaseException if the index names a case whose files are missing or broken
   */
  public static List<SeedCase> fromDirectory(Path root) {
    return load(root.toString(), relative -> {
      Path file = root.resolve(relative);
      return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
    });
  }

  /** The knowledge-base records of {@code cases}, in order. */
  public static List<Case> cases(List<SeedCase> cases) {
    return cases.stream().map(SeedCase::toCase).toList();
  }

  /** Reads the shared domain source under directory {@code root}. */
  public static String domainSource(Path root) {
    try {
      return Files.readString(root.resolve(DOMAIN), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + root.resolve(DOMAIN), e);
    }
  }

  /** Rewrites {@code case.json} of the case at {@code path} under directory {@code root}. */
  public static void writeMetadata(Path root, String path, SeedMetadata metadata) {
    Path file = root.resolve(path).resolve(METADATA);
    Path tmp = file.resolveSibling(METADATA + ".tmp");
    try {
      Files.writeString(tmp, JSON.writeValueAsString(metadata) + "\n", StandardCharsets.UTF_8);
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  private static List<SeedCase> load(String where, CorpusFiles files) {
    String index = read(files, INDEX, where);
    if (index == null) {
      return List.of();
    }
    List<SeedCase> out = new ArrayList<>();
    for (String line : index.lines().map(String::strip).toList()) {
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      out.add(loadCase(where, line, files));
    }
    return List.copyOf(out);
  }

  private static SeedCase loadCase(String where, String path, CorpusFiles files) {
    String json = require(files, path + "/" + METADATA, where);
    String slow = require(files, path + "/" + SLOW, where);
    String fast = require(files, path + "/" + FAST, where);
    SeedMetadata metadata;
    try {
      metadata = JSON.readValue(json, SeedMetadata.class);
    } catch (IOException | RuntimeException e) {
      throw new KnowledgeBaseException("seed case " + path + " in " + where + ": bad " + METADATA
          + ": " + e.getMessage());
    }
    if (!path.equals(metadata.category() + "/" + metadata.id())) {
      throw new KnowledgeBaseException("seed case " + path + " in " + where + ": " + METADATA
          + " says " + metadata.category() + "/" + metadata.id());
    }
    return new SeedCase(path, metadata, slow, fast);
  }

  private static String require(CorpusFiles files, String relative, String where) {
    String text = read(files, relative, where);
    if (text == null) {
      throw new KnowledgeBaseException("seed corpus " + where + " lists a case without " + relative);
    }
    return text;
  }

  private static String read(CorpusFiles files, String relative, String where) {
    try {
      return files.read(relative);
    } catch (IOException e) {
      throw new KnowledgeBaseException("cannot read " + relative + " in seed corpus " + where
          + ": " + e.getMessage());
    }
  }
}
