import java.io.*;
import java.nio.file.*;

public class Fixture {
  /** The stream is handed to a helper: what it does with the stream is not checked here. */
  public static long target(File file, int n) throws IOException {
    try (DataOutputStream out = new DataOutputStream(new FileOutputStream(file))) {
      for (int i = 0; i < n; i++) out.writeLong(i);
      return footer(out);
    }
  }

  static long footer(DataOutputStream out) throws IOException {
    out.writeInt(-1);
    return out.size();
  }

  public static String check() throws IOException {
    return String.valueOf(target(Files.createTempFile("x", ".bin").toFile(), 3));
  }
}
