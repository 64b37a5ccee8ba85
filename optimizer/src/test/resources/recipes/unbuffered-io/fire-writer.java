// expect: new BufferedOutputStream(
import java.util.*;
import java.io.*;
import java.nio.file.*;

public class Fixture {
  public static void target(String path, int n) throws IOException {
    try (OutputStream os = new FileOutputStream(path)) {
      for (int i = 0; i < n; i++) os.write(i % 251);
    }
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    try {
      Path p = Files.createTempFile("fx", ".bin");
      target(p.toString(), 10000);
      out.append(Arrays.hashCode(Files.readAllBytes(p)));
    } catch (IOException e) { out.append("io ").append(e); }
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
