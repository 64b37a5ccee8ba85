package dev.flamefix.deploy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code helm template} on the chart in {@code deploy/helm/flamefix}. The binary is the one
 * {@code scripts/services/helm.sh} builds ({@code FLAMEFIX_TEST_HELM}) or {@code helm} on the PATH.
 */
final class Helm {

  static final Path CHART = Repo.ROOT.resolve("deploy/helm/flamefix");
  static final String RELEASE = "ff";
  /** helm's cache, config and data directories, in the build directory so runs leave nothing behind. */
  private static final Path HOME = Repo.ROOT.resolve("deploy-check/target/helm-home");

  private final Path binary;

  private Helm(Path binary) {
    this.binary = binary;
  }

  /** The helm to use, or empty when none is installed (the chart tests then skip and say why). */
  static Optional<Helm> find() {
    String configured = System.getenv("FLAMEFIX_TEST_HELM");
    if (configured != null && Files.isExecutable(Path.of(configured))) {
      return Optional.of(new Helm(Path.of(configured)));
    }
    String path = System.getenv().getOrDefault("PATH", "");
    for (String dir : path.split(java.io.File.pathSeparator)) {
      Path candidate = Path.of(dir, "helm");
      if (!dir.isEmpty() && Files.isExecutable(candidate)) {
        return Optional.of(new Helm(candidate));
      }
    }
    return Optional.empty();
  }

  /** Output of one {@code helm template} run. */
  record Result(int exitCode, String manifests, String errors) {}

  /** Renders the chart with the values files (under src/test/resources/values) and --set pairs. */
  Result template(List<String> valuesFiles, Map<String, String> sets) {
    List<String> command = new ArrayList<>(List.of(binary.toString(), "template", RELEASE, CHART.toString()));
    for (String file : valuesFiles) {
      command.add("--values");
      command.add(Repo.ROOT.resolve("deploy-check/src/test/resources/values").resolve(file).toString());
    }
    sets.forEach((key, value) -> {
      command.add("--set-string");
      command.add(key + "=" + value);
    });
    try {
      Path out = Files.createTempFile("helm-out", ".yaml");
      Path err = Files.createTempFile("helm-err", ".txt");
      try {
        // helm writes its cache and config under HOME; a private one keeps runs independent.
        ProcessBuilder builder = new ProcessBuilder(command)
            .redirectOutput(out.toFile())
            .redirectError(err.toFile());
        builder.environment().put("HELM_CACHE_HOME", HOME.resolve("cache").toString());
        builder.environment().put("HELM_CONFIG_HOME", HOME.resolve("config").toString());
        builder.environment().put("HELM_DATA_HOME", HOME.resolve("data").toString());
        Process process = builder.start();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
          process.destroyForcibly();
          throw new IllegalStateException("helm template did not finish: " + command);
        }
        return new Result(process.exitValue(),
            Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
      } finally {
        Files.deleteIfExists(out);
        Files.deleteIfExists(err);
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot run " + binary, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
