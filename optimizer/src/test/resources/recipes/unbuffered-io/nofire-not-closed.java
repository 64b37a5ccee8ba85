import java.util.*;
import java.io.*;

public class Fixture {
  public static int target(String path) throws IOException {
    FileInputStream in = new FileInputStream(path);
    int b = in.read();
    in.close();
    return b;
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
