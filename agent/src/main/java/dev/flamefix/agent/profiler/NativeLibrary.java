package dev.flamefix.agent.profiler;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;

/**
 * Extracts async-profiler's native library for this platform from the agent jar into a private
 * temporary directory (owner-only on POSIX), removed when the JVM exits.
 */
public final class NativeLibrary {

  private static final String LIBRARY = "libasyncProfiler.so";

  private NativeLibrary() {}

  /** The resource directory of async-profiler's library for this OS and CPU, or null. */
  static String platformDirectory(String osName, String osArch) {
    String os = osName.toLowerCase(Locale.ROOT);
    String arch = osArch.toLowerCase(Locale.ROOT);
    if (os.contains("linux")) {
      if (arch.equals("amd64") || arch.equals("x86_64")) {
        return "linux-x64";
      } else if (arch.equals("aarch64") || arch.equals("arm64")) {
        return "linux-arm64";
      }
    } else if (os.contains("mac")) {
      return "macos";
    }
    return null;
  }

  /**
   * Copies the library into a new private temp directory and returns its path.
   *
   * @throws IOException if the platform is unsupported, the library is missing from the jar, or
   *     the temp directory cannot be written
   */
  public static Path extract(ClassLoader loader) throws IOException {
    String dir = platformDirectory(System.getProperty("os.name", ""),
        System.getProperty("os.arch", ""));
    if (dir == null) {
      throw new IOException("async-profiler has no native library for "
          + System.getProperty("os.name") + "/" + System.getProperty("os.arch"));
    }
    String resource = dir + "/" + LIBRARY;
    try (InputStream in = loader.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException(resource + " is missing from the agent jar");
      }
      Path tempDir = createPrivateTempDir();
      tempDir.toFile().deleteOnExit();
      Path lib = tempDir.resolve(LIBRARY);
      // registered after the directory, so deleted before it
      lib.toFile().deleteOnExit();
      Files.copy(in, lib, StandardCopyOption.REPLACE_EXISTING);
      return lib;
    }
  }

  private static Path createPrivateTempDir() throws IOException {
    Path base = new File(System.getProperty("java.io.tmpdir")).toPath();
    if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      return Files.createTempDirectory(base, "flamefix-agent-",
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    }
    return Files.createTempDirectory(base, "flamefix-agent-");
  }
}
