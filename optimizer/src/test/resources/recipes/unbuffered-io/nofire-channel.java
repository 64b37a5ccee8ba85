import java.util.*;
import java.io.*;

public class Fixture {
  public static long target(String path) throws IOException {
    try (FileInputStream in = new FileInputStream(path)) {
      in.read();
      return in.getChannel().position();
    }
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append("n/a");
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
