package dev.flamefix.deploy;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the repository is: the first directory holding deploy/helm at or above the working directory. */
final class Repo {

  static final Path ROOT = findRoot();

  private Repo() {}

  private static Path findRoot() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.isDirectory(dir.resolve("deploy/helm"))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException("no deploy/helm at or above " + Path.of("").toAbsolutePath());
    }
    return dir;
  }
}
