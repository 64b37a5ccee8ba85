package dev.flamefix.pipeline;

import com.github.javaparser.ast.body.MethodDeclaration;
import dev.flamefix.optimizer.target.ResolvedTarget;
import dev.flamefix.optimizer.target.TargetResolver;
import dev.flamefix.validator.precondition.Preconditions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Checks a stated precondition ({@code flamefix optimize --assume}, the REST request's {@code
 * options.assume}) before anything runs, so that a typo is an error the user sees at once rather
 * than a rejected candidate later. Compiles only; nothing is evaluated here.
 */
public final class Assumptions {
  private Assumptions() {}

  /**
   * Why {@code assume} is not a valid precondition of each of {@code targets} in {@code location}
   * (see {@link Preconditions#compileProblem}); empty when it is, or when {@code assume} is
   * {@code null} or blank.
   *
   * @throws dev.flamefix.optimizer.target.TargetResolutionException for a target not in the sources
   */
  public static List<String> problems(Path location, List<String> targets, String assume, List<Path> classPath) {
    List<String> out = new ArrayList<>();
    if (assume == null || assume.isBlank()) {
      return out;
    }
    TargetResolver resolver = new TargetResolver(location);
    for (String spec : targets) {
      ResolvedTarget t = resolver.resolve(spec);
      Preconditions.compileProblem(t.source(), t.target().className(), selector(t.method()), assume.strip(), classPath)
          .ifPresent(p -> out.add(spec + ": " + p));
    }
    return out;
  }

  private static String selector(MethodDeclaration m) {
    return m.getNameAsString() + m.getParameters().stream()
        .map(p -> {
          String t = p.getType().asString().replaceAll("<.*>", "").replaceAll("\\s+", "");
          return t.substring(t.lastIndexOf('.') + 1) + (p.isVarArgs() ? "[]" : "");
        })
        .collect(Collectors.joining(",", "(", ")"));
  }
}
