import java.io.*;
import java.nio.file.*;

public class Fixture {
  /** available() answers from a buffer differently than from the file itself. */
  public static int target(File file) throws IOException {
    int seen = 0;
    try (DataInputStream in = new DataInputStream(new FileInputStream(file))) {
      while (in.available() > 0) {
        in.readInt();
        seen++;
      }
    }
    return seen;
  }

  public static String check() throws IOException {
    File f = Files.createTempFile("x", ".bin").toFile();
    Files.write(f.toPath(), new byte[16]);
    return String.valueOf(target(f));
  }
}
