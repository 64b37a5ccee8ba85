package dev.flamefix.server.appconfig;

import dev.flamefix.server.web.RequestValidation;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;

/** Validates, stores and resolves application configurations. */
@Service
public class AppConfigService {
  private static final Pattern APP_NAME = Pattern.compile("[A-Za-z0-9_.\\-]{1,200}");
  private static final Pattern PACKAGE = Pattern.compile("[A-Za-z_$][\\w$]*(\\.[A-Za-z_$][\\w$]*)*");

  private final AppConfigRepository repository;
  private final Clock clock;
  private final RequestValidation validation;
  private final Map<String, List<Path>> builtClassPaths = new ConcurrentHashMap<>();

  public AppConfigService(AppConfigRepository repository, Clock clock, RequestValidation validation) {
    this.repository = repository;
    this.clock = clock;
    this.validation = validation;
  }

  /** Checks {@code body} and stores it as the configuration of {@code app}. */
  public AppConfig put(String app, AppConfigRequest body) {
    AppConfig config = validate(app, body);
    repository.save(config);
    builtClassPaths.remove(app);
    return config;
  }

  public Optional<AppConfig> find(String app) {
    return repository.find(app);
  }

  /** The configuration of {@code app}, or 404. */
  public AppConfig get(String app) {
    return repository.find(app).orElseThrow(() -> new NotFoundException("unknown_app_config",
        "application '" + app + "' has no configuration; PUT /api/apps/" + app + "/config first"));
  }

  public List<AppConfig> all() {
    return repository.all();
  }

  /** Every problem with the request, as one {@link InvalidRequestException}; else the config. */
  public AppConfig validate(String app, AppConfigRequest body) {
    List<String> errors = new ArrayList<>();
    if (app == null || !APP_NAME.matcher(app).matches()) {
      errors.add("app: must be 1-200 characters of letters, digits, '_', '.', '-'");
    }
    if (body == null) {
      throw new InvalidRequestException(List.of("body: a JSON object is required"));
    }
    errors.addAll(validation.errors(body));
    if (body.sourceRoot() == null || body.sourceRoot().isBlank()) {
      errors.add("sourceRoot: required");
    } else if (!Files.isDirectory(Path.of(body.sourceRoot()))) {
      errors.add("sourceRoot: not a directory on the server: " + body.sourceRoot());
    }
    List<String> cp = body.classpath() == null ? List.of() : body.classpath();
    boolean hasBuild = body.buildCommand() != null && !body.buildCommand().isBlank();
    if (cp.isEmpty() && !hasBuild) {
      errors.add("classpath: give a class path or a buildCommand that prints one");
    }
    for (String entry : cp) {
      if (entry == null || entry.isBlank() || !Files.exists(Path.of(entry))) {
        errors.add("classpath: entry does not exist on the server: " + entry);
      }
    }
    for (String p : body.applicationPackages() == null ? List.<String>of() : body.applicationPackages()) {
      if (p == null || !PACKAGE.matcher(p).matches()) {
        errors.add("applicationPackages: not a package name: " + p);
      }
    }
    double cores = body.cores() == null ? 1 : body.cores();
    AppConfig.Budget budget = AppConfig.Budget.DEFAULT;
    if (body.budget() != null) {
      int jobs = body.budget().concurrentJobs() == null ? 1 : body.budget().concurrentJobs();
      double minutes = body.budget().cpuMinutesPerDay() == null ? 60 : body.budget().cpuMinutesPerDay();
      if (!(minutes >= 0) || Double.isInfinite(minutes)) {
        errors.add("budget.cpuMinutesPerDay: must be >= 0, was " + minutes);
      }
      budget = new AppConfig.Budget(jobs, minutes);
    }
    if (!errors.isEmpty()) {
      throw new InvalidRequestException(errors);
    }
    return new AppConfig(app, Path.of(body.sourceRoot()).toAbsolutePath().normalize().toString(),
        cp.stream().map(e -> Path.of(e).toAbsolutePath().normalize().toString()).toList(),
        hasBuild ? body.buildCommand() : null, body.applicationPackages(), cores, budget,
        Instant.ofEpochMilli(clock.millis()).toString());
  }

  /**
   * The class path of an app: the configured one, or the last line the build command printed
   * (run once per configuration, in the source root, at most 10 minutes).
   */
  public List<Path> classPath(AppConfig config) {
    if (!config.classpath().isEmpty() || config.buildCommand() == null) {
      return config.classpath().stream().map(Path::of).toList();
    }
    return builtClassPaths.computeIfAbsent(config.app(), a -> runBuildCommand(config));
  }

  private static List<Path> runBuildCommand(AppConfig config) {
    try {
      Path out = Files.createTempFile("flamefix-classpath-", ".txt");
      try {
        Process p = new ProcessBuilder("sh", "-c", config.buildCommand()).directory(new File(config.sourceRoot()))
            .redirectErrorStream(true).redirectOutput(out.toFile()).start();
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
          p.destroyForcibly();
          throw new IllegalStateException("build command of '" + config.app() + "' ran over 10 minutes");
        }
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
        if (p.exitValue() != 0 || lines.isEmpty()) {
          throw new IllegalStateException("build command of '" + config.app() + "' failed (exit " + p.exitValue() + ")");
        }
        String last = lines.get(lines.size() - 1).trim();
        return List.of(last.split(File.pathSeparator)).stream().filter(s -> !s.isBlank()).map(Path::of).toList();
      } finally {
        Files.deleteIfExists(out);
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot run the build command of '" + config.app() + "': " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running the build command", e);
    }
  }
}
