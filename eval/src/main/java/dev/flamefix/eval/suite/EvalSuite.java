package dev.flamefix.eval.suite;

import dev.flamefix.kb.seed.SeedCategories;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Loads the evaluation suite.
 *
 * <p>Layout of a suite root: {@code index.txt} lists the program ids, one per line ({@code #}
 * starts a comment); each id names a directory with {@code program.json}, {@code slow.java},
 * {@code reference.java} (optional for already-fast programs, which default to the slow source),
 * {@code workload.java} and {@code tests.json}. See {@code eval/README.md}.
 */
public final class EvalSuite {

  /** Classpath location of the bundled development suite. */
  public static final String CLASSPATH_ROOT = "dev/flamefix/eval/suite/";

  /**
   * The suites bundled with this module. The held-out splits are kept apart so that the engine is
   * never tuned to them: they measure whether fixes generalise to code no one tuned for.
   */
  public enum Split {
    /** The 48 development programs (the default everywhere). */
    DEVELOPMENT("development", CLASSPATH_ROOT),
    /** Programs written after the engine was frozen, reported separately. */
    HELDOUT("heldout", "dev/flamefix/eval/heldout/"),
    /**
     * A fresh held-out split, written once the first one had been used as development data;
     * reported separately like it.
     */
    HELDOUT2("heldout2", "dev/flamefix/eval/heldout2/"),
    /**
     * A third held-out split, written blind to the optimizer once the second one had been
     * measured; reported separately like the others.
     */
    HELDOUT3("heldout3", "dev/flamefix/eval/heldout3/"),
    /**
     * A fourth held-out split, written blind to the optimizer once the third one had been
     * measured; reported separately like the others.
     */
    HELDOUT4("heldout4", "dev/flamefix/eval/heldout4/"),
    /**
     * A fifth held-out split, written blind to the optimizer once the fourth one had been
     * measured; reported separately like the others.
     */
    HELDOUT5("heldout5", "dev/flamefix/eval/heldout5/"),
    /**
     * A sixth held-out split, written blind to the optimizer once the fifth one had been
     * measured; reported separately like the others.
     */
    HELDOUT6("heldout6", "dev/flamefix/eval/heldout6/"),
    /**
     * A seventh held-out split, written blind to the optimizer once the sixth one had been
     * measured; reported separately like the others.
     */
    HELDOUT7("heldout7", "dev/flamefix/eval/heldout7/");

    private final String label;
    private final String classpathRoot;

    Split(String label, String classpathRoot) {
      this.label = label;
      this.classpathRoot = classpathRoot;
    }

    /** The name used on command lines and in reports. */
    public String label() {
      return label;
    }

    /** Class-path root of the split's {@code index.txt}, ending with {@code /}. */
    public String classpathRoot() {
      return classpathRoot;
    }

    @Override
    public String toString() {
      return label;
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private EvalSuite() {}

  /** Loads the development suite bundled with this module. */
  public static List<EvalProgram> loadBundled() {
    return loadBundled(Split.DEVELOPMENT);
  }

  /** Loads one of the splits bundled with this module. */
  public static List<EvalProgram> loadBundled(Split split) {
    return load(EvalSuite.class.getClassLoader(), split.classpathRoot());
  }

  /**
   * Loads a suite from a directory on disk.
   *
   * @throws SuiteFormatException when the index, a directory or a file is missing or malformed
   */
  public static List<EvalProgram> load(Path root) {
    Path index = root.resolve("index.txt");
    if (!Files.isRegularFile(index)) {
      throw new SuiteFormatException("suite " + root + " has no index.txt");
    }
    List<String> ids = parseIndex(readPath(index), index.toString());
    Set<String> dirs = new HashSet<>();
    try (Stream<Path> children = Files.list(root)) {
      children
          .filter(p -> Files.isRegularFile(p.resolve("program.json")))
          .forEach(p -> dirs.add(p.getFileName().toString()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Set<String> unlisted = new HashSet<>(dirs);
    ids.forEach(unlisted::remove);
    if (!unlisted.isEmpty()) {
      throw new SuiteFormatException(
          "program directories not listed in " + index + ": " + unlisted.stream().sorted().toList());
    }
    return loadAll(ids, (id, file) -> {
      Path path = root.resolve(id).resolve(file);
      return Files.isRegularFile(path) ? readPath(path) : null;
    });
  }

  /**
   * Loads a suite from class-path resources below {@code root} (ending with {@code /}).
   *
   * @throws SuiteFormatException when the index or a program file is missing or malformed
   */
  public static List<EvalProgram> load(ClassLoader loader, String root) {
    String indexText = readResource(loader, root + "index.txt");
    if (indexText == null) {
      throw new SuiteFormatException("no suite index at classpath:" + root + "index.txt");
    }
    List<String> ids = parseIndex(indexText, "classpath:" + root + "index.txt");
    return loadAll(ids, (id, file) -> readResource(loader, root + id + "/" + file));
  }

  /** Parses one program from its files; {@code files} returns null for a missing file. */
  static EvalProgram parseProgram(String id, FileSource files) {
    String where = "program " + id + ": ";
    String meta = require(files.read(id, "program.json"), where + "missing program.json");
    String slow = require(files.read(id, "slow.java"), where + "missing slow.java");
    String workload = require(files.read(id, "workload.java"), where + "missing workload.java");
    String testsText = require(files.read(id, "tests.json"), where + "missing tests.json");
    String reference = files.read(id, "reference.java");
    JsonNode node;
    List<TestCase> tests = new ArrayList<>();
    try {
      node = JSON.readTree(meta);
      JsonNode testArray = JSON.readTree(testsText);
      if (!(testArray instanceof ArrayNode)) {
        throw new SuiteFormatException(where + "tests.json must be a JSON array");
      }
      for (JsonNode t : testArray) {
        tests.add(JSON.treeToValue(t, TestCase.class));
      }
    } catch (IOException e) {
      throw new SuiteFormatException(where + "malformed JSON: " + e.getMessage(), e);
    }
    if (!id.equals(text(node, "id"))) {
      throw new SuiteFormatException(where + "program.json id is '" + text(node, "id") + "'");
    }
    ProgramKind kind;
    try {
      kind = ProgramKind.fromId(require(text(node, "kind"), where + "no kind"));
    } catch (IllegalArgumentException e) {
      throw new SuiteFormatException(where + e.getMessage(), e);
    }
    if (reference == null) {
      if (kind != ProgramKind.ALREADY_FAST) {
        throw new SuiteFormatException(where + "missing reference.java");
      }
      reference = slow;
    }
    List<String> categories = strings(node.get("categories"));
    for (String c : categories) {
      if (!SeedCategories.KNOWN.contains(c)) {
        throw new SuiteFormatException(where + "unknown category '" + c + "'");
      }
    }
    if (kind == ProgramKind.RECIPE && categories.isEmpty()) {
      throw new SuiteFormatException(where + "a recipe program needs at least one category");
    }
    String className = require(text(node, "className"), where + "no className");
    List<String> targets = strings(node.get("targets"));
    if (targets.isEmpty()) {
      throw new SuiteFormatException(where + "no targets");
    }
    for (String target : targets) {
      if (!target.startsWith(className + "#")) {
        throw new SuiteFormatException(where + "target " + target + " is not in " + className);
      }
    }
    if (tests.isEmpty()) {
      throw new SuiteFormatException(where + "tests.json has no tests");
    }
    return new EvalProgram(
        id,
        require(text(node, "title"), where + "no title"),
        kind,
        categories,
        text(node, "fix"),
        className,
        targets,
        slow,
        reference,
        workload,
        tests);
  }

  private static List<EvalProgram> loadAll(List<String> ids, FileSource files) {
    List<EvalProgram> programs = new ArrayList<>(ids.size());
    for (String id : ids) {
      programs.add(parseProgram(id, files));
    }
    return List.copyOf(programs);
  }

  static List<String> parseIndex(String text, String where) {
    List<String> ids = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String line : text.split("\n")) {
      int hash = line.indexOf('#');
      String id = (hash >= 0 ? line.substring(0, hash) : line).trim();
      if (id.isEmpty()) {
        continue;
      }
      if (!seen.add(id)) {
        throw new SuiteFormatException(where + " lists " + id + " twice");
      }
      ids.add(id);
    }
    if (ids.isEmpty()) {
      throw new SuiteFormatException(where + " lists no programs");
    }
    return ids;
  }

  private static List<String> strings(JsonNode node) {
    List<String> out = new ArrayList<>();
    if (node != null) {
      node.forEach(n -> out.add(n.asText()));
    }
    return out;
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  private static <T> T require(T value, String message) {
    if (value == null) {
      throw new SuiteFormatException(message);
    }
    return value;
  }

  private static String readPath(Path path) {
    try {
      return Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String readResource(ClassLoader loader, String name) {
    try (InputStream in = loader.getResourceAsStream(name)) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a program file; returns null when it does not exist. */
  @FunctionalInterface
  interface FileSource {
    String read(String id, String file);
  }
}
