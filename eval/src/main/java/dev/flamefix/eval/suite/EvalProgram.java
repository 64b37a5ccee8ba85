package dev.flamefix.eval.suite;

import java.util.List;

/**
 * One program of the evaluation suite.
 *
 * @param id stable id, also the directory name (e.g. {@code p07-invoice-lines})
 * @param title one line for humans
 * @param kind what the right answer is
 * @param categories knowledge-base category ids of the anti-patterns in the slow version; for an
 *     already-fast program, the categories it superficially resembles (so a recipe firing on it is
 *     a false positive); may be empty for algorithmic programs
 * @param fix one line describing the reference fix, for humans only (never shown to optimizers)
 * @param className fully qualified name of the program class
 * @param targets the methods to optimize, as {@code pkg.Cls#method}
 * @param slowSource source of the slow version
 * @param referenceSource source of the reference fast version (equal to slow for already-fast)
 * @param workloadSource source of the {@code <Cls>Workload} class that builds the benchmark input
 * @param tests inputs with expected outputs
 */
public record EvalProgram(
    String id,
    String title,
    ProgramKind kind,
    List<String> categories,
    String fix,
    String className,
    List<String> targets,
    String slowSource,
    String referenceSource,
    String workloadSource,
    List<TestCase> tests) {

  /** Copies the lists so the value cannot change after loading. */
  public EvalProgram {
    categories = List.copyOf(categories);
    targets = List.copyOf(targets);
    tests = List.copyOf(tests);
  }

  /** Fully qualified name of the workload class compiled next to every version. */
  public String workloadClassName() {
    return className + "Workload";
  }

  /** The package of the program class, or the empty string for the default package. */
  public String packageName() {
    int dot = className.lastIndexOf('.');
    return dot < 0 ? "" : className.substring(0, dot);
  }
}
