package dev.flamefix.validator;

import dev.flamefix.recording.RecordedCall;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One candidate to validate.
 *
 * @param id caller's id for the candidate (echoed in the verdict and events)
 * @param className fully-qualified name of the class under change, e.g.
 *     {@code dev.flamefix.examples.orders.OrderAnalytics}
 * @param originalSource the original compilation unit
 * @param candidateSource the candidate compilation unit: same package and class name, target
 *     method(s) rewritten, helpers and imports merged in
 * @param targetMethods methods to check: {@code name} or {@code name(Type,...)}
 * @param classPath the project's class path (jars and directories), may be empty
 * @param sourcePath the file's path relative to the project root, for the diff headers; {@code
 *     null} for {@code src/main/java/<package path>/<Name>.java}
 * @param projectDir the project root for the existing-tests stage, or {@code null} to skip it
 * @param testCommand the command running the tests there (e.g. {@code mvn -o -q test
 *     -Dtest=FooTest}), or {@code null}
 * @param receiverFactory optional {@code fqcn#method}: a static method taking a {@code Class} and
 *     returning an instance of it, for classes without a simple constructor
 * @param helperMethods those of {@code targetMethods} that are not targets but helpers the rewrite
 *     also changed: each is compared on its own like a target (the targets' calls may never reach
 *     what changed in it), is not benchmarked (the targets' speed is what counts), and is skipped,
 *     with the reason in its report, when no inputs can be generated for it (the targets' calls
 *     and the coverage gate still reach its changed lines)
 * @param recorded real calls of a target method to replay on both sides after the generated
 *     inputs, or {@code null}
 * @param precondition a Java boolean expression over the targets' parameter names (and {@code
 *     this} for instance methods), stated by the user: differential testing discards inputs on
 *     which it is false (see {@link dev.flamefix.validator.precondition.Preconditions}); {@code
 *     null} for none. Leading {@code assert}s of the original methods count as well, stated or not
 */
public record ValidationRequest(String id, String className, String originalSource,
    String candidateSource, List<String> targetMethods, List<Path> classPath, String sourcePath,
    Path projectDir, List<String> testCommand, String receiverFactory, List<String> helperMethods,
    RecordedCalls recorded, String precondition) {

  /** Validates and copies. */
  public ValidationRequest {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(className, "className");
    Objects.requireNonNull(originalSource, "originalSource");
    Objects.requireNonNull(candidateSource, "candidateSource");
    if (targetMethods == null || targetMethods.isEmpty()) {
      throw new IllegalArgumentException("at least one target method is required");
    }
    if (className.isBlank() || className.endsWith(".")) {
      throw new IllegalArgumentException("not a class name: '" + className + "'");
    }
    targetMethods = List.copyOf(targetMethods);
    helperMethods = helperMethods == null ? List.of() : List.copyOf(helperMethods);
    if (!targetMethods.containsAll(helperMethods)) {
      throw new IllegalArgumentException("helper methods must be among the target methods");
    }
    classPath = classPath == null ? List.of() : List.copyOf(classPath);
    testCommand = testCommand == null ? null : List.copyOf(testCommand);
    if ((projectDir == null) != (testCommand == null)) {
      throw new IllegalArgumentException("projectDir and testCommand go together");
    }
    precondition = precondition == null || precondition.isBlank() ? null : precondition.strip();
  }

  /** A request without project tests or receiver factory. */
  public static ValidationRequest of(String id, String className, String originalSource,
      String candidateSource, List<String> targetMethods, List<Path> classPath) {
    return new ValidationRequest(id, className, originalSource, candidateSource, targetMethods,
        classPath, null, null, null, null, List.of(), null, null);
  }

  /** This request with the existing-tests stage: run {@code command} in a copy of {@code dir}. */
  public ValidationRequest withProjectTests(Path dir, List<String> command) {
    return new ValidationRequest(id, className, originalSource, candidateSource, targetMethods,
        classPath, sourcePath, dir, command, receiverFactory, helperMethods, recorded, precondition);
  }

  /** This request with a receiver factory ({@code fqcn#method}). */
  public ValidationRequest withReceiverFactory(String factory) {
    return new ValidationRequest(id, className, originalSource, candidateSource, targetMethods,
        classPath, sourcePath, projectDir, testCommand, factory, helperMethods, recorded, precondition);
  }

  /** This request with the path used in the diff headers. */
  public ValidationRequest withSourcePath(String path) {
    return new ValidationRequest(id, className, originalSource, candidateSource, targetMethods,
        classPath, path, projectDir, testCommand, receiverFactory, helperMethods, recorded, precondition);
  }

  /**
   * This request also comparing {@code helpers}, methods other than the targets that the rewrite
   * changed ({@code name(Type,...)}); they are appended to {@link #targetMethods()} unless a
   * target already names them.
   */
  public ValidationRequest withHelperMethods(List<String> helpers) {
    List<String> targets = new java.util.ArrayList<>(targetMethods);
    List<String> added = new java.util.ArrayList<>(helperMethods);
    for (String h : helpers) {
      String name = h.contains("(") ? h.substring(0, h.indexOf('(')).trim() : h.trim();
      // A bare target name already selects every overload, this helper included.
      boolean covered = targets.stream().anyMatch(t -> t.equals(h) || t.trim().equals(name));
      if (!covered && !added.contains(h)) {
        added.add(h);
      }
    }
    targets.addAll(added);
    return new ValidationRequest(id, className, originalSource, candidateSource, targets,
        classPath, sourcePath, projectDir, testCommand, receiverFactory, added, recorded, precondition);
  }

  /**
   * This request replaying real calls of {@code method} (a {@link
   * dev.flamefix.recording.MethodKey}) after the generated inputs, capped at {@link
   * RecordedCalls#MAX_CALLS}; an empty list leaves the request as it is.
   */
  public ValidationRequest withRecordedCalls(String method, List<RecordedCall> calls) {
    return new ValidationRequest(id, className, originalSource, candidateSource, targetMethods,
        classPath, sourcePath, projectDir, testCommand, receiverFactory, helperMethods,
        calls.isEmpty() ? recorded : RecordedCalls.capped(method, calls), precondition);
  }

  /**
   * This request with a stated precondition of its targets (not of changed helpers): a boolean
   * Java expression over their parameter names, e.g. {@code pos >= 0 && count >= 0}; {@code
   * null} or blank for none.
   */
  public ValidationRequest withPrecondition(String expression) {
    return new ValidationRequest(id, className, originalSource, candidateSource, targetMethods,
        classPath, sourcePath, projectDir, testCommand, receiverFactory, helperMethods, recorded, expression);
  }

  /** The simple class name. */
  public String simpleName() {
    return className.substring(className.lastIndexOf('.') + 1);
  }

  /** The package, or {@code ""}. */
  public String packageName() {
    int dot = className.lastIndexOf('.');
    return dot < 0 ? "" : className.substring(0, dot);
  }

  /** The path used in diff headers. */
  public String diffPath() {
    return sourcePath != null ? sourcePath : "src/main/java/" + className.replace('.', '/') + ".java";
  }
}
