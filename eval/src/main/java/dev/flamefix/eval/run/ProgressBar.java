package dev.flamefix.eval.run;

import java.io.PrintStream;

/**
 * A one-line console progress bar: {@code [12/40] ██████░░░░░░░░░░░░░░  30% p12-sliding-window}.
 * On a terminal it redraws in place with a carriage return; otherwise (logs, CI) it prints one
 * line per step so the log stays readable.
 */
public final class ProgressBar {

  private static final int WIDTH = 20;

  private final PrintStream out;
  private final boolean inPlace;
  private final int total;
  private int lastLength;

  /**
   * Creates a bar.
   *
   * @param out where to draw
   * @param inPlace redraw on one line (terminal) instead of one line per step
   * @param total number of steps
   */
  public ProgressBar(PrintStream out, boolean inPlace, int total) {
    if (total < 0) {
      throw new IllegalArgumentException("total must not be negative");
    }
    this.out = out;
    this.inPlace = inPlace;
    this.total = total;
  }

  /** A bar on standard error that redraws in place when a console is attached. */
  public static ProgressBar onConsole(int total) {
    return new ProgressBar(System.err, System.console() != null, total);
  }

  /** Renders the bar text for {@code done} of {@code total} steps and a label. */
  public static String render(int done, int total, String label) {
    int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * done / total);
    int percent = total == 0 ? 100 : (int) (100L * done / total);
    StringBuilder s = new StringBuilder();
    s.append('[').append(done).append('/').append(total).append("] ");
    s.append("█".repeat(filled)).append("░".repeat(WIDTH - filled));
    s.append(String.format(" %3d%%", percent));
    if (label != null && !label.isEmpty()) {
      s.append(' ').append(label);
    }
    return s.toString();
  }

  /** Shows progress: {@code done} steps finished, {@code label} describing the current one. */
  public synchronized void update(int done, String label) {
    String text = render(done, total, label);
    if (inPlace) {
      int pad = Math.max(0, lastLength - text.length());
      out.print("\r" + text + " ".repeat(pad));
      lastLength = text.length();
    } else {
      out.println(text);
    }
    out.flush();
  }

  /** Ends the bar's line. */
  public synchronized void finish() {
    if (inPlace) {
      out.println();
      out.flush();
    }
  }
}
