package dev.flamefix.server.optimize;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.nodeTypes.NodeWithName;
import dev.flamefix.server.appconfig.InvalidRequestException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Turns a request's inline {@code source} into a source tree the optimizer can read: the one
 * compilation unit at {@code <temp>/<package path>/<Type>.java}.
 */
final class SourceWriter {
  private SourceWriter() {}

  /**
   * Writes {@code source} under a new temporary root and returns the root.
   *
   * @throws InvalidRequestException when the text is not a compilation unit with a type
   */
  static Path write(String source) {
    CompilationUnit cu = new JavaParser(new ParserConfiguration()
        .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17)).parse(source).getResult()
        .filter(u -> !u.getTypes().isEmpty())
        .orElseThrow(() -> new InvalidRequestException(List.of("source: not a Java compilation unit with a type")));
    String pkg = cu.getPackageDeclaration().map(NodeWithName::getNameAsString).orElse("");
    String type = cu.getTypes().stream().filter(t -> t.isPublic()).findFirst().orElse(cu.getTypes().get(0))
        .getNameAsString();
    try {
      Path root = Files.createTempDirectory("flamefix-source-");
      Path dir = pkg.isEmpty() ? root : root.resolve(pkg.replace('.', '/'));
      Files.createDirectories(dir);
      Files.writeString(dir.resolve(type + ".java"), source);
      return root;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Deletes a tree written by {@link #write}; a leftover temp dir is harmless, so failures are ignored. */
  static void delete(Path root) {
    try (Stream<Path> walk = Files.walk(root)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // nothing to do: the OS cleans its temp dir
    }
  }
}
