package dev.flamefix.optimizer.splice;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Which other files of a package mention a name, so a package-private member nobody else uses can
 * be treated like a private one. The check is textual (any whole-word mention counts) and so errs
 * towards "used": a false "used" only refuses an answer, a false "unused" would break other code.
 * Only the given source root is read: same-package files under other roots (tests) are not seen,
 * which is why a changed package-private method still gets its own differential comparison.
 */
final class PackageUsers {
  private final Map<String, String> others;

  private PackageUsers(Map<String, String> others) {
    this.others = others;
  }

  /**
   * @param sourceRoot the source root, or {@code null} when unknown
   * @param packageName the file's package ({@code ""} for the default package)
   * @param ownFile simple name of the file itself ({@code Foo.java}), which is skipped
   * @return the package's other files, or empty when there is no root to read
   */
  static Optional<PackageUsers> of(Path sourceRoot, String packageName, String ownFile) {
    if (sourceRoot == null) {
      return Optional.empty();
    }
    Path dir = packageName.isEmpty() ? sourceRoot : sourceRoot.resolve(packageName.replace('.', '/'));
    Map<String, String> others = new LinkedHashMap<>();
    if (Files.isDirectory(dir)) {
      try (Stream<Path> files = Files.list(dir)) {
        for (Path f : files.sorted().toList()) {
          String name = f.getFileName().toString();
          if (name.endsWith(".java") && !name.equals(ownFile) && Files.isRegularFile(f)) {
            others.put(name, Files.readString(f));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read package " + dir, e);
      }
    }
    return Optional.of(new PackageUsers(others));
  }

  /** The first other file of the package that mentions {@code identifier}, if any. */
  Optional<String> userOf(String identifier) {
    Pattern word = Pattern.compile("\\b" + Pattern.quote(identifier) + "\\b");
    return others.entrySet().stream().filter(e -> word.matcher(e.getValue()).find())
        .map(Map.Entry::getKey).findFirst();
  }
}
