package dev.flamefix.collector.ingest;

/**
 * The one spelling flamefix uses for a frame, whichever source it came from.
 *
 * <p>Java frames are {@code package.Class.method} with dots: async-profiler's collapsed output
 * writes {@code com/acme/Foo.bar} (slashes) while JFR names classes {@code com.acme.Foo}, and a
 * hotspot must be found the same from either. async-profiler's frame-type annotations ({@code
 * _[j]} JIT, {@code _[i]} inlined, {@code _[0]} interpreted, {@code _[1]} C1) are dropped; the
 * kernel marker {@code _[k]} is kept because attribution needs it. Method signatures ({@code
 * (Ljava/lang/String;)V}) and hidden-class addresses ({@code $$Lambda$14/0x0000000800c03000}) are
 * dropped so that one method is one frame. Native and kernel symbols are left as they are.
 */
public final class FrameNames {

  /** Suffix async-profiler gives kernel frames; kept in canonical names. */
  public static final String KERNEL_SUFFIX = "_[k]";

  private FrameNames() {}

  /** The canonical form of a frame name from collapsed text or JFR. */
  public static String canonical(String raw) {
    String s = raw;
    int n = s.length();
    // Annotation suffixes such as _[j] (async-profiler -a / --cstack output).
    if (n > 4 && s.charAt(n - 1) == ']' && s.charAt(n - 4) == '_' && s.charAt(n - 3) == '[') {
      char t = s.charAt(n - 2);
      if (t == 'j' || t == 'i' || t == '0' || t == '1') {
        s = s.substring(0, n - 4);
        n = s.length();
      } else {
        return s; // kernel or unknown marker: not a Java frame
      }
    }
    if (n == 0 || s.charAt(0) == '[' || s.charAt(0) == '/') {
      return s;
    }
    int colon = lineSuffixStart(s);
    String unlined = colon > 0 ? s.substring(0, colon) : s;
    int paren = unlined.indexOf('(');
    String head = paren > 0 ? unlined.substring(0, paren) : unlined;
    if (head.indexOf("0x") > 0) {
      head = stripHiddenClassAddress(head);
    }
    if (!looksLikeJavaMethod(head)) {
      return s;
    }
    return head.indexOf('/') >= 0 ? head.replace('/', '.') : head;
  }

  /**
   * The source line a raw frame names ({@code com/acme/Foo.bar:42} or {@code Foo.bar:42_[j]}, as
   * converters write with line numbers on), 0 when it names none. {@link #canonical} drops it.
   */
  public static int lineOf(String raw) {
    String s = raw;
    int n = s.length();
    if (n > 4 && s.charAt(n - 1) == ']' && s.charAt(n - 4) == '_' && s.charAt(n - 3) == '[') {
      s = s.substring(0, n - 4);
    }
    int colon = lineSuffixStart(s);
    if (colon < 0 || s.length() - colon > 10) {
      return 0;
    }
    return Integer.parseInt(s, colon + 1, s.length(), 10);
  }

  /** Index of the {@code :} of a trailing {@code :digits} after a {@code Class.method}, else -1. */
  private static int lineSuffixStart(String s) {
    int end = s.length();
    int d = end;
    while (d > 0 && s.charAt(d - 1) >= '0' && s.charAt(d - 1) <= '9') {
      d--;
    }
    if (d == end || d < 2 || s.charAt(d - 1) != ':' || s.charAt(d - 2) == ':') {
      return -1; // no digits, no colon, or a C++ '::' scope
    }
    return d - 1;
  }

  /**
   * Whether a canonical frame names a Java method ({@code Class.method}, package optional) rather
   * than a native or kernel symbol.
   */
  public static boolean isJavaMethod(String frame) {
    return !frame.isEmpty()
        && frame.charAt(0) != '['
        && !frame.endsWith(KERNEL_SUFFIX)
        && looksLikeJavaMethod(frame);
  }

  /** The class part of a Java frame ({@code com.acme.Foo} of {@code com.acme.Foo.bar}). */
  public static String className(String frame) {
    int dot = frame.lastIndexOf('.');
    return dot < 0 ? "" : frame.substring(0, dot);
  }

  /** The method part of a Java frame ({@code bar} of {@code com.acme.Foo.bar}). */
  public static String methodName(String frame) {
    return frame.substring(frame.lastIndexOf('.') + 1);
  }

  /**
   * {@code Class.method} with a dot before the method, identifier characters (and {@code /},
   * {@code $}) in the class, an identifier or {@code <init>}/{@code <clinit>} as method. Native
   * C/C++ symbols fail it: they have no dot, or {@code ::}, spaces, or a library name like {@code
   * libc.so.6} whose last part is not an identifier.
   */
  private static boolean looksLikeJavaMethod(String s) {
    int dot = s.lastIndexOf('.');
    if (dot <= 0 || dot == s.length() - 1) {
      return false;
    }
    for (int i = 0; i < dot; i++) {
      char c = s.charAt(i);
      if (!(Character.isJavaIdentifierPart(c) || c == '.' || c == '/') || c == 0) {
        return false;
      }
    }
    char prev = '.';
    for (int i = 0; i < dot; i++) {
      char c = s.charAt(i);
      if ((prev == '.' || prev == '/') && !Character.isJavaIdentifierStart(c)) {
        return false; // empty segment or segment starting with a digit
      }
      prev = c;
    }
    String method = s.substring(dot + 1);
    if (method.equals("<init>") || method.equals("<clinit>")) {
      return true;
    }
    if (!Character.isJavaIdentifierStart(method.charAt(0))) {
      return false;
    }
    for (int i = 1; i < method.length(); i++) {
      if (!Character.isJavaIdentifierPart(method.charAt(i))) {
        return false;
      }
    }
    return !isLibraryFileName(s, dot);
  }

  /** {@code libjvm.so}, {@code foo.dll}, {@code libc.dylib}: names of native libraries. */
  private static boolean isLibraryFileName(String s, int dot) {
    String ext = s.substring(dot + 1);
    return ext.equals("so") || ext.equals("dll") || ext.equals("dylib") || s.contains(".so.");
  }

  /**
   * Drops hidden-class addresses, which differ between runs and between sources: {@code
   * Foo$$Lambda$14/0x0000000800c03000.apply} (JFR, JDK 17+) and {@code
   * java/lang/invoke/LambdaForm$MH.0x00007f9254142400.invoke} (async-profiler) lose the {@code
   * /0x…} or {@code .0x…} segment. Only a segment followed by another {@code .} or {@code /} is
   * dropped, so the method name is never touched.
   */
  static String stripHiddenClassAddress(String s) {
    int from = 0;
    StringBuilder out = null;
    int copied = 0;
    while (true) {
      int at = s.indexOf("0x", from);
      if (at < 1) {
        break;
      }
      char before = s.charAt(at - 1);
      int end = at + 2;
      while (end < s.length() && Character.digit(s.charAt(end), 16) >= 0) {
        end++;
      }
      if ((before == '/' || before == '.')
          && end > at + 2
          && end < s.length()
          && (s.charAt(end) == '.' || s.charAt(end) == '/')) {
        if (out == null) {
          out = new StringBuilder(s.length());
        }
        out.append(s, copied, at - 1);
        copied = end;
      }
      from = end;
    }
    if (out == null) {
      return s;
    }
    return out.append(s, copied, s.length()).toString();
  }
}
