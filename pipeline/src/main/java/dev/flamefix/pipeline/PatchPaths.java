package dev.flamefix.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The file name a patch's {@code ---/+++} lines carry: the file's path relative to the source root
 * the user gave, so {@code patch -p1} (or {@code git apply}) run in that root applies it, whatever
 * the project's layout ({@code src/main/java}, {@code app/src}, a flat directory).
 */
public final class PatchPaths {
  private PatchPaths() {}

  /**
   * The path of {@code file} for the diff headers, with {@code /} separators.
   *
   * @param location what the user pointed at: a source root or one file
   * @param sourceRoot the source root when {@code location} is one file in it, else null
   * @param file the file the patch changes
   * @param packageName the file's package ({@code ""} for none); when no root is known (a single
   *     file), the directory its package path ends in is taken as the root, so the name is the
   *     package path; a file outside such a directory is named by its file name alone
   */
  public static String relative(Path location, Path sourceRoot, Path file, String packageName) {
    Path f = file.toAbsolutePath().normalize();
    Path root = sourceRoot != null ? sourceRoot : Files.isDirectory(location) ? location : packageRoot(f, packageName);
    Path r = root.toAbsolutePath().normalize();
    Path rel = f.startsWith(r) && !f.equals(r) ? r.relativize(f) : f.getFileName();
    return rel.toString().replace(rel.getFileSystem().getSeparator(), "/");
  }

  /** The directory {@code file}'s package path hangs from, or the file's own directory. */
  private static Path packageRoot(Path file, String packageName) {
    Path dir = file.getParent();
    if (packageName.isEmpty()) {
      return dir;
    }
    String[] parts = packageName.split("\\.");
    for (int i = parts.length - 1; i >= 0; i--) {
      if (dir == null || dir.getFileName() == null || !dir.getFileName().toString().equals(parts[i])) {
        return file.getParent();
      }
      dir = dir.getParent();
    }
    return dir == null ? file.getParent() : dir;
  }
}
