// expect: new BufferedReader(new FileReader(
import java.util.*;
import java.io.*;
import java.nio.file.*;

public class Fixture {
  public static String target(String path) throws IOException {
    int lines = 0;
    long sum = 0;
    try (FileReader r = new FileReader(path)) {
      int c;
      while ((c = r.read()) != -1) {
        sum += c;
        if (c == '\n') lines++;
      }
    }
    return lines + ":" + sum;
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    try {
      Path p = Files.createTempFile("fx", ".txt");
      Files.writeString(p, "hello\nworld\n" + "x".repeat(20000));
      out.append(target(p.toString())).append('\n');
      Files.writeString(p, "");
      out.append(target(p.toString())).append('\n');
      try { target(p + ".missing"); } catch (IOException e) { out.append("missing ").append(e.getClass().getSimpleName()); }
    } catch (IOException e) { out.append("io ").append(e); }
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
