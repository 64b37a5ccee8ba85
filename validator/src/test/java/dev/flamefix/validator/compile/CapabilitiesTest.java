package dev.flamefix.validator.compile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which outside-the-JVM types a candidate names that its original does not, from class files. */
class CapabilitiesTest {

  @TempDir Path classes;

  private void compile(String name, String body) {
    String source = "package p; public class " + name + " { " + body + " }";
    assertThat(InMemoryCompiler.compile(
        List.of(new SourceUnit(name, "candidate", "p." + name, source, "p." + name)),
        List.of(), classes, List.of())).isEmpty();
  }

  @Test
  void aCandidateThatConnectsWhereTheOriginalDoesNotIsFound() {
    compile("Counter", "public static int n(java.util.List<String> l) {"
        + " return new java.util.HashSet<>(l).size(); }");
    compile("Counter__candidate", "public static int n(java.util.List<String> l) {"
        + " Runnable r = () -> { try (java.net.Socket s = new java.net.Socket(\"h\", 1)) { }"
        + " catch (java.io.IOException e) { } }; r.run();"
        + " return new java.util.HashSet<>(l).size(); }");

    assertThat(new Capabilities(classes).added("p.Counter", "p.Counter__candidate"))
        .containsExactly("java/net/");
  }

  @Test
  void whatTheOriginalAlreadyDoesIsNotCountedAgainstTheCandidate() {
    compile("Export", "public static void w(String f) throws Exception {"
        + " try (var o = new java.io.FileOutputStream(f)) { o.write(1); } }");
    compile("Export__candidate", "public static void w(String f) throws Exception {"
        + " try (var o = new java.io.BufferedOutputStream(new java.io.FileOutputStream(f))) {"
        + " o.write(1); } }");

    assertThat(new Capabilities(classes).added("p.Export", "p.Export__candidate")).isEmpty();
  }

  @Test
  void nestedClassesOfTheCandidateCount() {
    compile("Jobs", "public static int n() { return 1; }");
    compile("Jobs__candidate", "static class Spawn { void go() throws Exception {"
        + " new ProcessBuilder(\"true\").start(); } }"
        + " public static int n() { return 1; }");

    assertThat(new Capabilities(classes).added("p.Jobs", "p.Jobs__candidate"))
        .containsExactly("java/lang/ProcessBuilder");
  }
}
