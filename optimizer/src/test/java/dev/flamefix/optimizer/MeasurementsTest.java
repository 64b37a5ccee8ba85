package dev.flamefix.optimizer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import dev.flamefix.optimizer.context.CleanedContext;
import dev.flamefix.optimizer.context.ContextExtractor;
import dev.flamefix.optimizer.recipe.Recipe;
import dev.flamefix.optimizer.recipe.RecipeEngine;
import dev.flamefix.optimizer.recipe.RecipeOutcome;
import dev.flamefix.optimizer.target.JavaSources;
import dev.flamefix.optimizer.target.ResolvedTarget;
import dev.flamefix.optimizer.target.TargetResolver;
import dev.flamefix.optimizer.testing.Compiler;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The numbers docs/optimizer.md reports, recomputed on every build into
 * {@code target/optimizer-measurements.md}: which recipes fire on the example methods, context
 * reduction in tokens, and recipe behaviour on the knowledge base's held-out slow snippets.
 */
class MeasurementsTest {
  static final Path EXAMPLES = Path.of("../examples/src/main/java");
  static final Path HELDOUT = Path.of("../knowledge-base/src/test/resources/heldout/heldout.jsonl");
  static final Path OUT = Path.of("target/optimizer-measurements.md");
  static final String IMPORTS = String.join("\n", "import java.util.*;", "import java.util.regex.*;", "import java.util.stream.*;",
      "import java.util.concurrent.*;", "import java.util.zip.*;", "import java.io.*;", "import java.nio.file.*;",
      "import java.text.*;", "import java.time.*;", "import java.time.format.*;", "import java.math.*;",
      "import java.lang.reflect.*;") + "\n";

  final StringBuilder report = new StringBuilder();

  @Test
  void measure() throws Exception {
    examples();
    assertThat(HELDOUT)
        .as("the knowledge base's held-out snippets are missing at %s; if they moved, point HELDOUT"
            + " (and docs/optimizer.md) at the new place", HELDOUT.toAbsolutePath().normalize())
        .isRegularFile();
    heldout();
    Files.createDirectories(OUT.getParent());
    Files.writeString(OUT, report.toString());
  }

  void examples() throws Exception {
    report.append("## Example methods (OrderAnalytics)\n\n| method | recipes that fire | file tokens | cleaned-context tokens | ratio |\n|---|---|---|---|---|\n");
    TargetResolver resolver = new TargetResolver(EXAMPLES);
    RecipeEngine engine = new RecipeEngine();
    for (String m : List.of("renderReport", "countKnownCustomers", "countValidSkus", "totalCents")) {
      ResolvedTarget t = resolver.resolve("dev.flamefix.examples.orders.OrderAnalytics#" + m);
      List<RecipeOutcome> fired = engine.apply(t.source(), EXAMPLES, t.method().getRange().orElseThrow());
      CleanedContext c = new ContextExtractor().extract(t.source(), List.of(t.method()));
      assertThat(fired).isNotEmpty();
      report.append(String.format(Locale.ROOT, "| %s | %s | %d | %d | %.2f |%n", m,
          String.join(", ", fired.stream().map(RecipeOutcome::source).toList()), c.originalTokens(), c.cleanedTokens(), c.ratio()));
    }
    report.append("\n## Context reduction on the 476-line fixture (InventoryService)\n\n| target | file tokens | cleaned tokens | ratio |\n|---|---|---|---|\n");
    TargetResolver fixture = new TargetResolver(Path.of("src/test/resources/sources"));
    for (String m : List.of("stockReport", "price(java.util.List)", "topSkus", "ship", "Warehouse#adjust")) {
      String spec = m.contains("#") ? "com.acme.inventory.InventoryService$" + m : "com.acme.inventory.InventoryService#" + m;
      ResolvedTarget t = fixture.resolve(spec);
      CleanedContext c = new ContextExtractor().extract(t.source(), List.of(t.method()));
      report.append(String.format(Locale.ROOT, "| %s | %d | %d | %.2f |%n", m, c.originalTokens(), c.cleanedTokens(), c.ratio()));
    }
  }

  record Row(String id, String category, List<String> fired, String compiles, String behaviour) {}

  void heldout() throws Exception {
    ObjectMapper json = new ObjectMapper();
    List<Row> rows = new ArrayList<>();
    for (String line : Files.readAllLines(HELDOUT)) {
      if (line.isBlank()) continue;
      JsonNode n = json.readTree(line);
      rows.add(measureSnippet(n.get("id").asText(), n.get("category").asText(), n.get("slowCode").asText()));
    }
    Map<String, int[]> perCategory = new TreeMap<>();
    int fires = 0, ownCategory = 0, behaviourSame = 0, behaviourDiff = 0, compileFail = 0;
    for (Row r : rows) {
      int[] c = perCategory.computeIfAbsent(r.category, k -> new int[3]);
      c[0]++;
      if (r.fired.contains(r.category)) c[1]++;
      if (!r.fired.isEmpty()) c[2]++;
      fires += r.fired.size();
      if (r.fired.contains(r.category)) ownCategory++;
      if (r.behaviour.startsWith("same")) behaviourSame++;
      if (r.behaviour.startsWith("DIFFERENT")) behaviourDiff++;
      if (r.compiles.startsWith("rewrite does not compile")) compileFail++;
    }
    report.append("\n## Held-out slow snippets (").append(rows.size()).append(" from ").append(HELDOUT.getFileName()).append(")\n\n");
    report.append("| category | snippets | own recipe fired | any recipe fired |\n|---|---|---|---|\n");
    perCategory.forEach((k, v) -> report.append("| ").append(k).append(" | ").append(v[0]).append(" | ").append(v[1]).append(" | ").append(v[2]).append(" |\n"));
    report.append(String.format(Locale.ROOT, "%nTotals: %d recipe fires; own-category fires on %d/%d snippets; rewrites that failed to compile: %d;"
        + " behaviour compared on generated inputs: %d same, %d different.%n%n", fires, ownCategory, rows.size(), compileFail, behaviourSame, behaviourDiff));
    report.append("| snippet | category | recipes fired | compiles (standalone, JDK types only) | behaviour on generated inputs |\n|---|---|---|---|---|\n");
    for (Row r : rows) {
      report.append("| ").append(r.id).append(" | ").append(r.category).append(" | ").append(r.fired.isEmpty() ? "-" : String.join(", ", r.fired))
          .append(" | ").append(r.compiles).append(" | ").append(r.behaviour).append(" |\n");
    }
    assertThat(rows).as("no held-out snippet in " + HELDOUT).isNotEmpty();
    assertThat(fires).as("no recipe fired on any held-out snippet; see " + OUT).isPositive();
    // Without this the two checks below would pass when no rewrite could be run at all.
    assertThat(behaviourSame).as("no recipe rewrite was run on a held-out snippet; see " + OUT)
        .isPositive();
    assertThat(behaviourDiff).as("a recipe changed behaviour on a held-out snippet; see " + OUT).isZero();
    assertThat(compileFail).as("a recipe rewrite stopped compiling; see " + OUT).isZero();
  }

  Row measureSnippet(String id, String category, String slow) {
    String source = IMPORTS + "public class Heldout {\n" + slow + "\n}\n";
    ParseResult<CompilationUnit> parsed = JavaSources.parser(null).parse(source);
    if (!parsed.isSuccessful()) return new Row(id, category, List.of(), "snippet does not parse", "-");
    MethodDeclaration target = parsed.getResult().get().findAll(MethodDeclaration.class).get(0);
    List<String> fired = new ArrayList<>();
    Map<String, String> patched = new LinkedHashMap<>();
    for (Recipe r : RecipeEngine.catalogue()) {
      Optional<RecipeOutcome> o = new RecipeEngine(List.of(r)).applyOne(JavaSources.parser(null), source, target.getRange().orElseThrow(), List.of(r));
      o.ifPresent(x -> {
        fired.add(r.id());
        patched.put(r.id(), x.patchedSource());
      });
    }
    if (fired.isEmpty()) return new Row(id, category, fired, "-", "-");
    ClassLoader original;
    try {
      original = Compiler.compile(Map.of("Heldout", source));
    } catch (AssertionError e) {
      return new Row(id, category, fired, "original needs project types", "not run");
    }
    List<String> behaviour = new ArrayList<>();
    List<String> compiles = new ArrayList<>();
    for (Map.Entry<String, String> e : patched.entrySet()) {
      ClassLoader rewritten;
      try {
        rewritten = Compiler.compile(Map.of("Heldout", e.getValue()));
        compiles.add("yes");
      } catch (AssertionError err) {
        compiles.add("rewrite does not compile (" + e.getKey() + ")");
        continue;
      }
      behaviour.add(compare(original, rewritten, target.getNameAsString(), target.getParameters()));
    }
    return new Row(id, category, fired, String.join("; ", compiles), String.join("; ", behaviour));
  }

  /** Runs both versions on a few generated inputs per parameter type; "not run" if a type has no generator. */
  static String compare(ClassLoader a, ClassLoader b, String name, List<Parameter> params) {
    List<Object[]> inputs = inputs(params);
    if (inputs == null) return "not run (no input generator for a parameter type)";
    ExecutorService pool = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r);
      t.setDaemon(true);
      return t;
    });
    try {
      for (Object[] args : inputs) {
        String ra = call(pool, a, name, args);
        String rb = call(pool, b, name, args);
        if (!ra.equals(rb)) return "DIFFERENT on " + Arrays.deepToString(args) + ": " + ra + " vs " + rb;
      }
      return "same on " + inputs.size() + " inputs";
    } finally {
      pool.shutdownNow();
    }
  }

  static String call(ExecutorService pool, ClassLoader loader, String name, Object[] args) {
    try {
      Class<?> c = loader.loadClass("Heldout");
      Method m = Arrays.stream(c.getDeclaredMethods()).filter(x -> x.getName().equals(name)).findFirst().orElseThrow();
      m.setAccessible(true);
      Object target = Modifier.isStatic(m.getModifiers()) ? null : c.getDeclaredConstructor().newInstance();
      Object[] copy = deepCopy(args);
      Future<Object> f = pool.submit(() -> m.invoke(target, copy));
      Object r = f.get(5, TimeUnit.SECONDS);
      return Arrays.deepToString(new Object[] {r}) + " args after: " + Arrays.deepToString(copy);
    } catch (java.util.concurrent.ExecutionException e) {
      Throwable cause = e.getCause() instanceof java.lang.reflect.InvocationTargetException ite ? ite.getCause() : e.getCause();
      return "threw " + cause.getClass().getName();
    } catch (java.util.concurrent.TimeoutException e) {
      return "timeout";
    } catch (ReflectiveOperationException | InterruptedException e) {
      return "error " + e;
    }
  }

  static Object[] deepCopy(Object[] args) {
    Object[] out = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      Object x = args[i];
      if (x instanceof int[] v) out[i] = v.clone();
      else if (x instanceof double[] v) out[i] = v.clone();
      else if (x instanceof boolean[] v) out[i] = v.clone();
      else if (x instanceof String[] v) out[i] = v.clone();
      else if (x instanceof int[][] v) out[i] = Arrays.stream(v).map(int[]::clone).toArray(int[][]::new);
      else if (x instanceof double[][] v) out[i] = Arrays.stream(v).map(double[]::clone).toArray(double[][]::new);
      else if (x instanceof boolean[][] v) out[i] = Arrays.stream(v).map(boolean[]::clone).toArray(boolean[][]::new);
      else if (x instanceof LinkedList<?> v) out[i] = new LinkedList<>(v);
      else if (x instanceof List<?> v) out[i] = new ArrayList<>(v);
      else if (x instanceof Map<?, ?> v) out[i] = new java.util.HashMap<>(v);
      else out[i] = x;
    }
    return out;
  }

  static List<Object[]> inputs(List<Parameter> params) {
    List<List<Object>> values = new ArrayList<>();
    for (Parameter p : params) {
      List<Object> v = valuesFor(p.getType().asString());
      if (v == null) return null;
      values.add(v);
    }
    List<Object[]> out = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      Object[] args = new Object[params.size()];
      for (int j = 0; j < args.length; j++) args[j] = values.get(j).get((i + j) % values.get(j).size());
      out.add(args);
    }
    return out;
  }

  static List<Object> valuesFor(String type) {
    return switch (type) {
      case "int" -> List.of(0, 1, 5, 12);
      case "long" -> List.of(0L, 3L, 1_700_000_000_000L);
      case "double" -> List.of(0.0, 1.5, -2.25);
      case "boolean" -> List.of(true, false);
      case "String" -> List.of("", "a1", "192.168.0.1", "12", "x<y&z>\"'", "+1 (555) 010-9999");
      case "int[]" -> List.of(new int[0], new int[] {3, 1, 2, 3, 5, 1}, new int[] {7});
      case "double[]" -> List.of(new double[0], new double[] {0.5, 2.0, 0.125}, new double[] {1});
      case "boolean[]" -> List.of(new boolean[0], new boolean[] {true, false, true});
      case "String[]" -> List.of(new String[0], new String[] {"a", "b", "a"}, new String[] {"admin"});
      case "int[][]" -> List.of(new int[0][], new int[][] {{1, 2}, {3, 4}}, new int[][] {{0, 1}, {1, 2}, {2, 0}});
      case "double[][]" -> List.of(new double[][] {{1, 2}, {3, 4}}, new double[][] {{0, 0}}, new double[0][]);
      case "boolean[][]" -> List.of(new boolean[][] {{false, false}, {false, false}}, new boolean[][] {{false, true}, {false, false}});
      case "List<String>" -> List.of(List.of(), List.of("a", "b", "a"), List.of("12", "x", "7", "555-0100"));
      case "List<Integer>" -> List.of(List.of(), List.of(3, 1, 2));
      case "List<Long>" -> List.of(List.of(), List.of(30L, 10L, 20L), List.of(5L));
      case "LinkedList<String>" -> List.of(new LinkedList<>(), new LinkedList<>(List.of("a", "b", "c")));
      case "LinkedList<double[]>" -> List.of(new LinkedList<>(), new LinkedList<>(List.of(new double[] {1, 2}, new double[] {3, 4})));
      case "Map<String, Integer>" -> List.of(Map.of(), Map.of("a", 1, "b", 2));
      default -> null;
    };
  }
}
