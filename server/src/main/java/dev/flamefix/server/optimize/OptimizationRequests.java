package dev.flamefix.server.optimize;

import dev.flamefix.optimizer.target.TargetResolutionException;
import dev.flamefix.optimizer.target.TargetResolver;
import dev.flamefix.pipeline.Assumptions;
import dev.flamefix.server.appconfig.AppConfig;
import dev.flamefix.server.appconfig.AppConfigService;
import dev.flamefix.server.appconfig.InvalidRequestException;
import dev.flamefix.server.web.RequestValidation;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Checks an optimization request and finds what it is about: the sources to read (the app's
 * source root, one file in it, or the request's inline source written to a temporary tree) and
 * the class path to compile against.
 */
@Component
public class OptimizationRequests {
  private static final Pattern MODEL_NAME = Pattern.compile(OptimizationSpec.MODEL_NAME);

  private final AppConfigService apps;
  private final ModelRegistry models;
  private final RequestValidation validation;

  public OptimizationRequests(AppConfigService apps, ModelRegistry models, RequestValidation validation) {
    this.apps = apps;
    this.models = models;
    this.validation = validation;
  }

  /**
   * Where the sources are and what they compile against.
   *
   * @param location a source root or one file
   * @param classPath the class path
   * @param temp a temporary directory to delete afterwards, or null
   * @param root the source root {@code location} is in (the app's registered one, or the
   *     temporary tree), which the patches' file names are relative to
   */
  record Sources(Path location, List<Path> classPath, Path temp, Path root) implements AutoCloseable {
    /** Deletes the temporary tree, if any. */
    @Override
    public void close() {
      if (temp != null) SourceWriter.delete(temp);
    }
  }

  /**
   * Checks a new request completely: 400 for invalid fields (a stated precondition that does not
   * compile among them), 404 for an unknown app, 422 for a target that is not in the sources.
   */
  public void check(OptimizationSpec spec) {
    try (Sources s = sources(spec, false)) {
      TargetResolver resolver = new TargetResolver(s.location());
      for (String t : spec.targets()) {
        resolver.resolve(t);
      }
      // Against the declared class path only: a build command may run for minutes. Where the
      // original does not compile without it, javac's part of the check waits for validation.
      AppConfig config = spec.app() == null ? null : apps.get(spec.app());
      List<Path> declared = config == null ? List.of() : config.classpath().stream().map(Path::of).toList();
      List<String> problems = Assumptions.problems(s.location(), spec.targets(), spec.options().assume(), declared);
      if (!problems.isEmpty()) {
        throw new InvalidRequestException(problems.stream().map(p -> "options.assume: " + p).toList());
      }
    } catch (TargetResolutionException e) {
      throw new UnknownTargetException(e.getMessage());
    }
  }

  /**
   * The sources and class path of a request; close the result when done.
   *
   * @param withClassPath resolve the app's class path (skipped when only checking targets)
   */
  Sources sources(OptimizationSpec spec, boolean withClassPath) {
    checkFields(spec);
    AppConfig config = spec.app() == null ? null : apps.get(spec.app());
    List<Path> classPath = config == null || !withClassPath ? List.of() : apps.classPath(config);
    if (spec.source() != null && !spec.source().isBlank()) {
      Path tmp = SourceWriter.write(spec.source());
      return new Sources(tmp, classPath, tmp, tmp);
    }
    Path root = Path.of(config.sourceRoot());
    if (spec.path() == null) {
      return new Sources(root, classPath, null, root);
    }
    Path file;
    try {
      file = root.resolve(spec.path()).normalize();
    } catch (InvalidPathException e) {
      throw new InvalidRequestException(List.of("path: invalid: " + e.getMessage()));
    }
    if (!file.startsWith(root) || !file.toString().endsWith(".java") || !Files.isRegularFile(file)) {
      throw new InvalidRequestException(List.of("path: must name an existing .java file inside the source root "
          + root + ", was " + spec.path()));
    }
    return new Sources(file, classPath, null, root);
  }

  /** The annotations on {@link OptimizationSpec}, then what only the server can check; one answer lists all. */
  private void checkFields(OptimizationSpec spec) {
    List<String> errors = new ArrayList<>(validation.errors(spec));
    List<String> modelNames = spec.options().models();
    if (modelNames != null) {
      for (String m : modelNames) {
        if (m == null) {
          errors.add("options.models: not a model name: null");
        } else if (MODEL_NAME.matcher(m).matches() && !models.names().contains(m)) {
          errors.add("options.models: '" + m + "' is not configured (configured: " + models.names() + ")");
        }
      }
    }
    boolean hasSource = spec.source() != null && !spec.source().isBlank();
    if (hasSource && spec.path() != null) errors.add("source, path: give one, not both");
    if (!hasSource && spec.app() == null) errors.add("app: required unless source is given");
    if (!errors.isEmpty()) throw new InvalidRequestException(errors);
  }
}
