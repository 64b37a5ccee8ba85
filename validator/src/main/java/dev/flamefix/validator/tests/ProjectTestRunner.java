package dev.flamefix.validator.tests;

import dev.flamefix.validator.sandbox.ChildProfile;
import dev.flamefix.validator.sandbox.ProcessResult;
import dev.flamefix.validator.sandbox.Sandbox;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Runs the project's own tests against the candidate: copies the project (without build output
 * and VCS data), replaces the class's source file with the candidate, runs the test command in
 * the sandbox, and reads per-test results from surefire XML reports.
 */
public final class ProjectTestRunner {

  private static final List<String> SKIPPED_DIRS = List.of(".git", "target", "build", ".idea",
      "node_modules");

  private final Sandbox sandbox;

  /** Runs test commands in {@code sandbox}. */
  public ProjectTestRunner(Sandbox sandbox) {
    this.sandbox = sandbox;
  }

  /**
   * Runs {@code command} on a copy of {@code projectDir} where the source of {@code className} is
   * {@code candidateSource}.
   */
  public TestRunResult run(Path projectDir, List<String> command, String className,
      String candidateSource, Path workDir, Duration limit) {
    try {
      Path copy = workDir.resolve("project");
      copyTree(projectDir, copy);
      String relative = className.replace('.', '/') + ".java";
      List<Path> matches;
      try (Stream<Path> files = Files.walk(copy)) {
        matches = files.filter(p -> p.toString().replace('\\', '/').endsWith("/" + relative))
            .filter(p -> !p.toString().contains("/src/test/")).toList();
      }
      if (matches.size() != 1) {
        return new TestRunResult(true, false, String.join(" ", command), -1, false, List.of(),
            matches.isEmpty() ? "no source file " + relative + " in " + projectDir
                : "ambiguous source file " + relative + ": " + matches);
      }
      Files.writeString(matches.get(0), candidateSource);
      // Build tools start compilers and test JVMs: processes allowed, file and network rules hold.
      ProcessResult process = sandbox.run(ChildProfile.BUILD_TOOL, command, copy, List.of(), limit,
          Map.of());
      List<TestCaseResult> tests = surefireReports(copy);
      boolean anyFailed = tests.stream()
          .anyMatch(t -> t.status().equals("failed") || t.status().equals("error"));
      String tail = process.stdout() + process.stderr();
      if (tail.length() > 4000) {
        tail = tail.substring(tail.length() - 4000);
      }
      return new TestRunResult(true, process.exitCode() == 0 && !process.timedOut() && !anyFailed,
          String.join(" ", command), process.exitCode(), process.timedOut(), tests, tail);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every test case in {@code TEST-*.xml} files under any {@code surefire-reports} directory. */
  static List<TestCaseResult> surefireReports(Path root) throws IOException {
    List<TestCaseResult> out = new ArrayList<>();
    List<Path> reports;
    try (Stream<Path> files = Files.walk(root)) {
      reports = files.filter(p -> p.getFileName().toString().startsWith("TEST-")
          && p.getFileName().toString().endsWith(".xml")
          && p.getParent().getFileName().toString().endsWith("-reports")).sorted().toList();
    }
    for (Path report : reports) {
      try {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = factory.newDocumentBuilder().parse(report.toFile());
        NodeList cases = doc.getElementsByTagName("testcase");
        for (int i = 0; i < cases.getLength(); i++) {
          Element c = (Element) cases.item(i);
          String status = "passed";
          String message = null;
          for (String kind : List.of("failure", "error", "skipped")) {
            NodeList found = c.getElementsByTagName(kind);
            if (found.getLength() > 0) {
              status = kind.equals("failure") ? "failed" : kind;
              message = ((Element) found.item(0)).getAttribute("message");
              break;
            }
          }
          out.add(new TestCaseResult(c.getAttribute("classname"), c.getAttribute("name"), status,
              message));
        }
      } catch (Exception e) {
        out.add(new TestCaseResult(report.getFileName().toString(), "*", "error",
            "unreadable report: " + e.getMessage()));
      }
    }
    return out;
  }

  private static void copyTree(Path from, Path to) throws IOException {
    Files.walkFileTree(from, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs)
          throws IOException {
        if (!dir.equals(from) && SKIPPED_DIRS.contains(dir.getFileName().toString())) {
          return FileVisitResult.SKIP_SUBTREE;
        }
        Files.createDirectories(to.resolve(from.relativize(dir).toString()));
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        Files.copy(file, to.resolve(from.relativize(file).toString()),
            StandardCopyOption.REPLACE_EXISTING);
        return FileVisitResult.CONTINUE;
      }
    });
  }
}
