package dev.flamefix.eval.mutation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.pitest.classinfo.ClassName;
import org.pitest.mutationtest.engine.MutationDetails;
import org.pitest.mutationtest.engine.gregor.GregorMutater;
import org.pitest.mutationtest.engine.gregor.MethodInfo;
import org.pitest.mutationtest.engine.gregor.MethodMutatorFactory;
import org.pitest.mutationtest.engine.gregor.config.Mutator;

/**
 * Makes wrong versions of target methods with PIT's bytecode mutation engine (Gregor). Only the
 * engine is used, not PIT's test runner or its mutation interceptors, so mutants PIT would filter
 * as junk (e.g. in compiler-generated code) are kept and show up in the report like any other.
 */
final class MutantGenerator {

  private final Collection<MethodMutatorFactory> mutators;

  /** @param group a PIT mutator group or mutator name: {@code DEFAULTS}, {@code STRONGER}, ... */
  MutantGenerator(String group) {
    this.mutators = Mutator.fromStrings(List.of(group));
  }

  /**
   * One mutant class: the whole class with a single change in a target method.
   *
   * @param method the method changed, a lambda's synthetic name included
   * @param target the target it belongs to (the method itself, or the one declaring the lambda)
   */
  record GeneratedMutant(String method, String target, int line, String mutator,
      String description, byte[] bytes) {}

  /**
   * Every mutant of {@code targets} (method names; lambdas declared in them included) of class
   * {@code className}, whose class files are under {@code classes}.
   */
  List<GeneratedMutant> mutants(Path classes, String className, Set<String> targets) {
    GregorMutater mutater = new GregorMutater(name -> read(classes, name),
        (MethodInfo m) -> isTarget(m.getName(), targets), mutators);
    List<GeneratedMutant> out = new ArrayList<>();
    for (MutationDetails d : mutater.findMutations(ClassName.fromString(className))) {
      byte[] bytes = mutater.getMutation(d.getId()).getBytes();
      out.add(new GeneratedMutant(d.getMethod(), targetOf(d.getMethod()), d.getLineNumber(),
          shortMutator(d.getMutator()), d.getDescription(), bytes));
    }
    return out;
  }

  /** A target itself, or a lambda javac lifted out of one ({@code lambda$target$0}). */
  static boolean isTarget(String method, Set<String> targets) {
    return targets.contains(targetOf(method));
  }

  /** The method whose source declares {@code method}: itself unless it is a lifted lambda. */
  static String targetOf(String method) {
    if (method.startsWith("lambda$")) {
      int end = method.indexOf('$', "lambda$".length());
      if (end > 0) {
        return method.substring("lambda$".length(), end);
      }
    }
    return method;
  }

  private static String shortMutator(String id) {
    int dot = id.lastIndexOf('.');
    return dot < 0 ? id : id.substring(dot + 1);
  }

  /**
   * The subject's own classes from {@code classes}; anything else (PIT reads JDK classes such as
   * {@code java/lang/reflect/Method} to know the hierarchy) from the JDK this JVM runs on.
   */
  private static Optional<byte[]> read(Path classes, String name) {
    String resource = name.replace('.', '/') + ".class";
    Path file = classes.resolve(resource);
    try {
      if (Files.isRegularFile(file)) {
        return Optional.of(Files.readAllBytes(file));
      }
      try (InputStream in = ClassLoader.getPlatformClassLoader().getResourceAsStream(resource)) {
        return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
