package dev.flamefix.validator.coverage;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import dev.flamefix.validator.coverage.reach.ComparedMethod;
import dev.flamefix.validator.coverage.reach.DeadCode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jacoco.agent.rt.IAgent;
import org.jacoco.agent.rt.RT;
import org.jacoco.core.analysis.Analyzer;
import org.jacoco.core.analysis.CoverageBuilder;
import org.jacoco.core.analysis.IClassCoverage;
import org.jacoco.core.analysis.ICounter;
import org.jacoco.core.analysis.ILine;
import org.jacoco.core.data.ExecutionData;
import org.jacoco.core.data.ExecutionDataReader;
import org.jacoco.core.data.ExecutionDataStore;

/**
 * Child side of the coverage gate: reads the JaCoCo agent's probes after each call, remembers
 * which calls reached probes no earlier call did (the coverage-guided search keeps those inputs),
 * and maps the probes to the changed lines of the original and the candidate.
 *
 * <p>The child runs with {@code -javaagent:<jacoco runtime>=output=none,includes=...}; only the
 * classes under test and their nested classes are instrumented. Probes are read in-process
 * through {@link RT#getAgent()} and reset after each read, so every call's probes are its own.
 * Without the agent nothing is measured and {@link #report} says so (the gate fails closed).
 */
public final class CoverageTracker {

  private final IAgent agent;
  private final String unavailable;
  private final ExecutionDataStore seen = new ExecutionDataStore();
  /** Per class and nest, the reachability proofs of its compared methods (probes do not change them). */
  private final Map<String, List<DeadCode.Proof>> proofs = new HashMap<>();

  private CoverageTracker(IAgent agent, String unavailable) {
    this.agent = agent;
    this.unavailable = unavailable;
  }

  /** A tracker starting from no probes (earlier tasks' probes are discarded). */
  public static CoverageTracker start() {
    IAgent agent;
    try {
      agent = RT.getAgent();
    } catch (IllegalStateException | LinkageError e) {
      return new CoverageTracker(null, "the differential child runs without the JaCoCo agent ("
          + e + ")");
    }
    agent.reset();
    return new CoverageTracker(agent, null);
  }

  /** Whether probes are being read. */
  public boolean measuring() {
    return agent != null;
  }

  /**
   * Reads and resets the probes hit since the last read and adds them to what was seen.
   *
   * @return whether any of them had never been hit before
   */
  public boolean collect() {
    if (agent == null) {
      return false;
    }
    boolean[] fresh = {false};
    ExecutionDataReader reader =
        new ExecutionDataReader(new ByteArrayInputStream(agent.getExecutionData(true)));
    reader.setSessionInfoVisitor(info -> { });
    reader.setExecutionDataVisitor(data -> {
      ExecutionData before = seen.get(data.getId());
      boolean[] probes = data.getProbes();
      for (int i = 0; i < probes.length && !fresh[0]; i++) {
        fresh[0] = probes[i] && (before == null || !before.getProbes()[i]);
      }
      seen.put(data);
    });
    try {
      reader.read();
    } catch (IOException e) {
      throw new UncheckedIOException("unreadable JaCoCo execution data", e);
    }
    return fresh[0];
  }

  /**
   * The gate over what was collected so far (call {@link #collect()} first).
   *
   * @param loader the loader the classes under test came from; their uninstrumented bytes are
   *     read from its resources
   */
  public CoverageReport report(ClassLoader loader, String originalClass,
      List<Integer> originalLines, String candidateClass, List<Integer> candidateLines) {
    return report(loader, originalClass, originalLines, List.of(), candidateClass, candidateLines,
        List.of());
  }

  /**
   * The gate, exempting the changed lines of {@code originalMethods} and {@code
   * candidateMethods} (compared methods with a precondition, described in each class) that no
   * input inside the precondition can run ({@link DeadCode}).
   */
  public CoverageReport report(ClassLoader loader, String originalClass,
      List<Integer> originalLines, List<ComparedMethod> originalMethods, String candidateClass,
      List<Integer> candidateLines, List<ComparedMethod> candidateMethods) {
    if (agent == null) {
      return CoverageReport.unmeasured(unavailable);
    }
    CoverageReport.Side original =
        side("original", loader, originalClass, originalLines, originalMethods);
    CoverageReport.Side candidate =
        side("candidate", loader, candidateClass, candidateLines, candidateMethods);
    return new CoverageReport(true, original.met() && candidate.met(), original, candidate, 0,
        null);
  }

  private CoverageReport.Side side(String role, ClassLoader loader, String className,
      List<Integer> changed, List<ComparedMethod> methods) {
    Map<Integer, long[]> lines = lineCounters(loader, className);
    List<Integer> code = new ArrayList<>();
    List<Integer> unreached = new ArrayList<>();
    List<Integer> halfTaken = new ArrayList<>();
    List<Integer> exempted = new ArrayList<>();
    List<DeadCode.Proof> proven = null;
    int branchesCovered = 0;
    int branchesTotal = 0;
    for (int line : changed) {
      long[] c = lines.get(line);
      if (c == null || c[0] + c[1] == 0) {
        continue;
      }
      code.add(line);
      branchesCovered += (int) c[3];
      branchesTotal += (int) (c[2] + c[3]);
      if (c[1] == 0 || c[2] > 0) {
        if (proven == null) {
          proven = proofs(loader, className, methods);
        }
        if (exempt(proven, line, c)) {
          exempted.add(line);
        } else if (c[1] == 0) {
          unreached.add(line);
        } else {
          halfTaken.add(line);
        }
      }
    }
    int classLines = 0;
    int classCovered = 0;
    for (long[] c : lines.values()) {
      if (c[0] + c[1] > 0) {
        classLines++;
        classCovered += c[1] > 0 ? 1 : 0;
      }
    }
    String assumed = exempted.isEmpty() ? null : proven.stream()
        .filter(p -> exempted.stream().anyMatch(l -> claims(p, l, lines.get(l))))
        .map(DeadCode.Proof::precondition).distinct().reduce((a, b) -> a + "; " + b).orElse(null);
    return new CoverageReport.Side(role, className, List.copyOf(changed), code, unreached,
        halfTaken, branchesCovered, branchesTotal, classCovered, classLines, exempted, assumed);
  }

  /** Whether a proof shows the gate's shortfall on {@code line} cannot be made up inside the precondition. */
  private static boolean exempt(List<DeadCode.Proof> proven, int line, long[] c) {
    return proven.stream().anyMatch(p -> claims(p, line, c));
  }

  private static boolean claims(DeadCode.Proof p, int line, long[] c) {
    return c[1] == 0 ? p.deadLines().contains(line)
        : p.onlyInfeasibleMissed(line, c[2], c[2] + c[3]);
  }

  private List<DeadCode.Proof> proofs(ClassLoader loader, String className,
      List<ComparedMethod> methods) {
    if (methods.isEmpty()) {
      return List.of();
    }
    // Keyed by the nest found so far: a nested class loaded later may call the method back.
    TreeSet<String> names = classAndNested(loader, className);
    return proofs.computeIfAbsent(names.toString(), k -> {
      byte[] bytes = bytes(loader, className);
      if (bytes == null) {
        return List.of();
      }
      List<byte[]> nest = new ArrayList<>();
      for (String name : names) {
        byte[] b = name.equals(className) ? null : bytes(loader, name);
        if (b != null) {
          nest.add(b);
        }
      }
      List<DeadCode.Proof> out = new ArrayList<>();
      for (ComparedMethod m : methods) {
        DeadCode.prove(bytes, nest, m).ifPresent(out::add);
      }
      return out;
    });
  }

  private static byte[] bytes(ClassLoader loader, String className) {
    try (InputStream in = loader.getResourceAsStream(className.replace('.', '/') + ".class")) {
      return in == null ? null : in.readAllBytes();
    } catch (IOException e) {
      return null;
    }
  }

  /**
   * Per source line of the class and its nested classes: missed and covered instructions, missed
   * and covered branches. Lines with code in two classes (a lambda's or an anonymous class's)
   * add up.
   */
  private Map<Integer, long[]> lineCounters(ClassLoader loader, String className) {
    CoverageBuilder builder = new CoverageBuilder();
    Analyzer analyzer = new Analyzer(seen, builder);
    for (String name : classAndNested(loader, className)) {
      String resource = name.replace('.', '/') + ".class";
      try (InputStream in = loader.getResourceAsStream(resource)) {
        if (in != null) {
          analyzer.analyzeClass(in, resource);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot analyse " + resource, e);
      }
    }
    Map<Integer, long[]> lines = new TreeMap<>();
    for (IClassCoverage type : builder.getClasses()) {
      for (int line = type.getFirstLine(); line > 0 && line <= type.getLastLine(); line++) {
        ILine l = type.getLine(line);
        if (l.getStatus() == ICounter.EMPTY) {
          continue;
        }
        long[] c = lines.computeIfAbsent(line, k -> new long[4]);
        c[0] += l.getInstructionCounter().getMissedCount();
        c[1] += l.getInstructionCounter().getCoveredCount();
        c[2] += l.getBranchCounter().getMissedCount();
        c[3] += l.getBranchCounter().getCoveredCount();
      }
    }
    return lines;
  }

  /**
   * The class and every class nested in it, loaded or not: its {@code Name$*.class} siblings
   * where it was loaded from a directory, and any nested class the probes mention.
   */
  private TreeSet<String> classAndNested(ClassLoader loader, String className) {
    TreeSet<String> names = new TreeSet<>();
    names.add(className);
    String internal = className.replace('.', '/');
    for (ExecutionData data : seen.getContents()) {
      if (data.getName().startsWith(internal + "$")) {
        names.add(data.getName().replace('/', '.'));
      }
    }
    URL url = loader.getResource(internal + ".class");
    if (url != null && "file".equals(url.getProtocol())) {
      String simple = internal.substring(internal.lastIndexOf('/') + 1);
      String pkg = className.contains(".")
          ? className.substring(0, className.lastIndexOf('.') + 1) : "";
      try (DirectoryStream<Path> siblings =
          Files.newDirectoryStream(Path.of(url.toURI()).getParent(), simple + "$*.class")) {
        for (Path sibling : siblings) {
          String file = sibling.getFileName().toString();
          names.add(pkg + file.substring(0, file.length() - ".class".length()));
        }
      } catch (IOException | URISyntaxException e) {
        // Only unloaded nested classes are missed; loaded ones came from the probes above.
      }
    }
    return names;
  }
}
