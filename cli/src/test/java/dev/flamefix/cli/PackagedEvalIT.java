package dev.flamefix.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code flamefix eval} from the packaged jar, the way a user runs it. Inside a Spring Boot
 * jar the class path is the outer jar, so every child JVM the evaluation starts (suite tests,
 * differential testing, the validator's JMH, the workload timings) must find its classes as
 * unpacked files, and google-java-format needs the manifest's Add-Exports.
 */
class PackagedEvalIT {

  private static final Path JAR = Path.of("target/flamefix.jar");

  @Test
  void evaluatesOneProgramAndLeavesAnAlreadyFastOneAlone(@TempDir Path out) throws Exception {
    assertThat(JAR).as("packaged flamefix jar (run in the integration-test phase)").exists();
    Path log = out.resolve("stdout.txt");
    Process process = new ProcessBuilder(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", JAR.toString(), "eval", "--recipes-only", "--jmh", "quick",
        "--only", "r01-manifest-printer,f02-sku-lookup", "--out", out.resolve("run").toString()))
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    boolean ended = process.waitFor(8, TimeUnit.MINUTES);
    if (!ended) {
      process.destroyForcibly();
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);
    assertThat(ended).as(output).isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    assertThat(output).doesNotContain("FAILED").doesNotContain("google-java-format unavailable");

    JsonNode report = new ObjectMapper().readTree(out.resolve("run/eval.json").toFile())
        .path("reports").get(0);
    assertThat(report.path("programs")).hasSize(2);
    // r01: the recipe's candidate passes the suite's tests, is validated and proposed.
    JsonNode r01 = find(report, "r01-manifest-printer");
    assertThat(r01.path("proposed").asBoolean()).as(r01.toString()).isTrue();
    assertThat(r01.path("proposalCorrect").asBoolean()).as(r01.toString()).isTrue();
    assertThat(r01.path("optimizedRuntimeNs").asDouble()).isPositive()
        .isLessThan(r01.path("originalRuntimeNs").asDouble());
    JsonNode f02 = find(report, "f02-sku-lookup");
    assertThat(f02.path("proposed").asBoolean()).as(f02.toString()).isFalse();
  }

  private static JsonNode find(JsonNode report, String id) {
    for (JsonNode program : report.path("programs")) {
      if (id.equals(program.path("programId").asText())) {
        return program;
      }
    }
    throw new AssertionError("no " + id + " in " + report);
  }
}
