package dev.flamefix.validator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flamefix.validator.benchmark.BenchmarkSettings;
import dev.flamefix.validator.sandbox.Confinement;
import dev.flamefix.validator.support.Rewrite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Candidates with side effects (a file in /tmp, a file elsewhere, a process, a look into
 * flamefix's data directory) are neutralised by the confined sandbox: nothing they do reaches the
 * host, and they see nothing they could behave differently on. The same candidates without
 * confinement leave their files and are rejected, so the assertions can fail.
 */
class ConfinedCandidatesTest {

  private static final String CORRECT_BODY = "return new java.util.HashSet<>(items).size();";

  private Path outside;
  private Path data;
  private Path tmpMarker;

  @BeforeEach
  void createDirectories() throws IOException {
    // Outside /tmp and the home directory: only the sandbox's own rules protect and hide them.
    outside = Files.createDirectories(Path.of("target", "confined-" + UUID.randomUUID())
        .toAbsolutePath());
    data = Files.createDirectories(outside.resolve("data"));
    Files.writeString(data.resolve("secret.txt"), "s3cret");
    tmpMarker = Path.of("/tmp", "flamefix-marker-" + UUID.randomUUID());
  }

  @AfterEach
  void deleteDirectories() throws IOException {
    Files.deleteIfExists(tmpMarker);
    try (Stream<Path> paths = Files.walk(outside)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  private List<Rewrite> sideEffects() {
    return List.of(
        rewrite("writes-files", "try { java.nio.file.Files.writeString(java.nio.file.Path.of(\""
            + tmpMarker + "\"), \"x\"); } catch (Exception e) { }\n"
            + "try { java.nio.file.Files.writeString(java.nio.file.Path.of(\""
            + outside.resolve("written") + "\"), \"x\"); } catch (Exception e) { }"),
        rewrite("starts-process", "try { new ProcessBuilder(\"touch\", \""
            + outside.resolve("touched") + "\").start().waitFor();\n"
            + " if (items != null) return -1; } catch (Exception e) { }"),
        rewrite("reads-data-dir", "String[] names = new java.io.File(\"" + data + "\").list();\n"
            + "if (names != null && names.length > 0) return -names.length;\n"
            + "try { if (items != null) return -java.nio.file.Files.readString(java.nio.file.Path"
            + ".of(\"" + data.resolve("secret.txt") + "\")).length(); } catch (Exception e) { }"));
  }

  private static Rewrite rewrite(String name, String sideEffect) {
    return Rewrite.catalog(name, "countDistinct",
        "public static int countDistinct(List<String> items) {\n" + sideEffect + "\n"
            + CORRECT_BODY + "\n}", null, null);
  }

  private List<Verdict> validate(boolean confine) {
    Validator validator = new Validator(ValidationOptions.builder()
        // The sandbox itself is under test: let these candidates past the compile-stage refusal.
        .refuseOutsideReach(false).heapMegabytes(96)
        .callsPerMethod(50).callTimeout(Duration.ofSeconds(5))
        .childTimeLimit(Duration.ofSeconds(60)).benchmark(BenchmarkSettings.quick())
        .confine(confine).privateDirs(List.of(data)).build());
    List<Verdict> verdicts = validator.validateAll(
        sideEffects().stream().map(Rewrite::request).toList(), ProgressListener.NONE);
    verdicts.forEach(v -> System.out.println((confine ? "confined " : "control ") + v.id() + ": "
        + (v.differential() == null ? "-" : v.differential().outcome()) + ": " + v.reason()));
    return verdicts;
  }

  @Test
  void sideEffectsOfCandidatesNeverReachTheHost() {
    Confinement confinement = Confinement.detect();
    Assumptions.assumeTrue(confinement.active() && confinement.blocksProcesses(),
        confinement.reason());

    // Differential children and JMH forks both ran these candidates.
    List<Verdict> v = validate(true);

    assertThat(v).allSatisfy(verdict -> {
      assertThat(verdict.sandbox().confined()).isTrue();
      assertThat(verdict.sandbox().processesBlocked()).isTrue();
      assertThat(verdict.differential().equivalent())
          .as("%s saw nothing to behave differently on: %s", verdict.id(), verdict.reason())
          .isTrue();
    });
    assertThat(tmpMarker).doesNotExist();
    assertThat(outside.resolve("written")).doesNotExist();
    assertThat(outside.resolve("touched")).doesNotExist();
  }

  @Test
  void withoutConfinementTheSameCandidatesLeaveTracesAndAreRejected() {
    List<Verdict> v = validate(false);

    assertThat(v.get(0).sandbox().confined()).isFalse();
    assertThat(v.get(0).sandbox().confinementNote()).startsWith("NOT confined");
    assertThat(tmpMarker).exists();
    assertThat(outside.resolve("written")).exists();
    assertThat(outside.resolve("touched")).exists();
    assertThat(v.get(1).differential().equivalent()).isFalse();
    assertThat(v.get(2).differential().equivalent()).isFalse();
  }
}
