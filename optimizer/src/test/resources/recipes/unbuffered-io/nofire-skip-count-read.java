import java.io.*;
import java.nio.file.*;

public class Fixture {
  /** A file stream counts bytes skipped past the end; a buffered one stops at what it holds. */
  public static long target(File file) throws IOException {
    long total = 0;
    try (InputStream in = new FileInputStream(file)) {
      while (in.read() >= 0) {
        total += in.skip(100);
      }
    }
    return total;
  }

  public static String check() throws IOException {
    File f = Files.createTempFile("x", ".bin").toFile();
    Files.write(f.toPath(), new byte[50]);
    return String.valueOf(target(f));
  }
}
