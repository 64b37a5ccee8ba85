package dev.flamefix.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flamefix.validator.benchmark.HarnessClassPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The packaged CLI is a Spring Boot jar whose libraries are nested jars; child JVMs (differential
 * testing, JMH) and javac can only use the ones Spring Boot unpacks at start-up. Every library the
 * validator's harness needs must therefore be listed in {@code requiresUnpack} — a library added
 * to {@link HarnessClassPath} but not there breaks every validation of the packaged product.
 */
class PackagedHarnessTest {

  @Test
  void everyHarnessLibraryIsUnpackedFromThePackagedJar() throws Exception {
    String pom = Files.readString(Path.of("pom.xml"));
    String unpack = pom.substring(pom.indexOf("<requiresUnpack>"), pom.indexOf("</requiresUnpack>"));
    List<String> listed = new ArrayList<>();
    Matcher m = Pattern.compile("<artifactId>([^<]+)</artifactId>").matcher(unpack);
    while (m.find()) {
      listed.add(m.group(1));
    }
    List<Path> harness = new ArrayList<>(HarnessClassPath.runtime());
    harness.addAll(HarnessClassPath.processor());
    harness.add(HarnessClassPath.coverageAgent());
    for (Path entry : harness) {
      assertThat(listed).as("requiresUnpack in cli/pom.xml for %s", entry)
          .contains(artifactOf(entry.toAbsolutePath().normalize()));
    }
  }

  /**
   * {@code .../<artifactId>/<version>/x.jar} in a Maven repository; in the reactor {@code
   * <module>/target/classes} ({@code mvn test}) or {@code <module>/target/x.jar} ({@code mvn verify}).
   */
  private static String artifactOf(Path entry) {
    if (Files.isDirectory(entry)) {
      return "flamefix-" + entry.getParent().getParent().getFileName();
    }
    if (entry.getParent().getFileName().toString().equals("target")) {
      return "flamefix-" + entry.getParent().getParent().getFileName();
    }
    return entry.getParent().getParent().getFileName().toString();
  }
}
