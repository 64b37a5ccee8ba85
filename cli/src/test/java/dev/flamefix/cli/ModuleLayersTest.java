package dev.flamefix.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The module graph of docs/architecture.md, read from the code: no module's main code names a
 * package of a module above it (or beside it) in the data flow. Maven already refuses imports of
 * modules that are not dependencies; this pins the layering itself, so a new dependency that
 * would point upwards (a library calling into the server, the server calling into the
 * evaluation) fails here with the offending file named.
 */
class ModuleLayersTest {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  /** Package under {@code dev.flamefix} to the module that owns it. */
  private static final Map<String, String> OWNER = Map.ofEntries(
      Map.entry("agent", "agent"), Map.entry("collector", "collector"), Map.entry("kb", "knowledge-base"),
      Map.entry("validator", "validator"), Map.entry("optimizer", "optimizer"), Map.entry("pipeline", "pipeline"),
      Map.entry("server", "server"), Map.entry("eval", "eval"), Map.entry("cli", "cli"),
      Map.entry("examples", "examples"), Map.entry("bench", "bench"));

  /** What each module's main code may name besides itself. */
  private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
      Map.entry("agent", Set.of()),
      Map.entry("collector", Set.of()),
      Map.entry("knowledge-base", Set.of()),
      Map.entry("validator", Set.of()),
      Map.entry("examples", Set.of()),
      Map.entry("optimizer", Set.of("knowledge-base")),
      Map.entry("pipeline", Set.of("knowledge-base", "optimizer", "validator")),
      Map.entry("server", Set.of("collector", "knowledge-base", "optimizer", "validator", "pipeline")),
      Map.entry("eval", Set.of("knowledge-base", "optimizer", "validator", "pipeline")),
      // The demo and the agent benchmark run the example app; they name its main class.
      Map.entry("cli", Set.of("collector", "knowledge-base", "optimizer", "validator", "pipeline", "server", "eval",
          "examples")),
      Map.entry("bench", Set.of("agent", "collector", "knowledge-base", "optimizer", "validator", "pipeline",
          "examples")));

  private static final Pattern NAMED = Pattern.compile("\\bdev\\.flamefix\\.(\\w+)\\.");
  private static final Pattern COMMENTS = Pattern.compile("//[^\\n]*|/\\*.*?\\*/", Pattern.DOTALL);

  @Test
  void noModuleNamesAModuleAboveOrBesideIt() {
    List<String> violations = new ArrayList<>();
    Set<String> seen = new TreeSet<>();
    for (Map.Entry<String, Set<String>> m : ALLOWED.entrySet()) {
      Path sources = ROOT.resolve(m.getKey()).resolve("src/main/java");
      if (!Files.isDirectory(sources)) {
        continue; // a module without main code (none today) has nothing to check
      }
      seen.add(m.getKey());
      for (Path file : javaFiles(sources)) {
        for (String module : namedModules(file)) {
          if (!module.equals(m.getKey()) && !m.getValue().contains(module)) {
            violations.add(ROOT.relativize(file) + " (" + m.getKey() + ") names " + module);
          }
        }
      }
    }
    assertThat(seen).as("modules found under %s", ROOT).containsAll(List.of("collector", "knowledge-base",
        "validator", "optimizer", "pipeline", "server", "eval", "cli"));
    assertThat(violations).isEmpty();
  }

  @Test
  void theCheckSeesAnUpwardReference() throws IOException {
    Path file = Files.createTempFile("Upward", ".java");
    try {
      Files.writeString(file, """
          package dev.flamefix.validator;
          // dev.flamefix.server.Foo in a comment does not count
          class Upward { dev.flamefix.server.optimize.JobRunner runner; }
          """);
      assertThat(namedModules(file)).containsExactly("server");
    } finally {
      Files.delete(file);
    }
  }

  private static Set<String> namedModules(Path file) {
    String code;
    try {
      code = COMMENTS.matcher(Files.readString(file)).replaceAll("");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Set<String> modules = new TreeSet<>();
    Matcher m = NAMED.matcher(code);
    while (m.find()) {
      String owner = OWNER.get(m.group(1));
      if (owner != null) {
        modules.add(owner);
      }
    }
    return modules;
  }

  private static List<Path> javaFiles(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(p -> p.toString().endsWith(".java")).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
