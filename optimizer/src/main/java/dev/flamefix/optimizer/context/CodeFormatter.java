package dev.flamefix.optimizer.context;

import com.google.googlejavaformat.java.Formatter;
import com.google.googlejavaformat.java.FormatterException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Formats Java source with google-java-format. google-java-format runs javac's parser in-process;
 * on JDK 17+ the JVM must be started with {@code --add-exports
 * jdk.compiler/com.sun.tools.javac.{api,code,file,parser,tree,util}=ALL-UNNAMED}. Without those
 * flags (or for source it cannot format) the text is returned as JavaParser printed it, and {@link
 * #lastFormatFellBack()} says so, because a missing launcher flag must not stop optimisation.
 */
public final class CodeFormatter {
  private static final AtomicBoolean WARNED = new AtomicBoolean();
  private final ThreadLocal<Boolean> fellBack = ThreadLocal.withInitial(() -> false);

  /** Formats {@code source}; on failure returns it unchanged and records the fallback. */
  public String format(String source) {
    try {
      String out = new Formatter().formatSource(source);
      fellBack.set(false);
      return out;
    } catch (FormatterException e) {
      fellBack.set(true);
      return source;
    } catch (LinkageError | RuntimeException e) {
      // IllegalAccessError when the --add-exports flags are missing.
      if (WARNED.compareAndSet(false, true)) {
        System.getLogger(CodeFormatter.class.getName())
            .log(System.Logger.Level.WARNING,
                "google-java-format unavailable (" + e + "); start the JVM with --add-exports"
                    + " jdk.compiler/com.sun.tools.javac.{api,code,file,parser,tree,util}=ALL-UNNAMED."
                    + " Falling back to JavaParser's printer.");
      }
      fellBack.set(true);
      return source;
    }
  }

  /** True if the last {@link #format} on this thread could not use google-java-format. */
  public boolean lastFormatFellBack() {
    return fellBack.get();
  }
}
