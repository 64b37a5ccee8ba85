package dev.flamefix.server.hotlines;

import java.util.List;

/**
 * A hot method's source with each line's share of the method's samples.
 *
 * @param app the application
 * @param method the method as {@code pkg.Class#method}
 * @param event the profile event the samples are of
 * @param file the source file, relative to the app's source root
 * @param samples samples with the method on the stack that carried a line number (the
 *     denominator of every share)
 * @param lines the method's source lines, declaration to closing brace
 */
public record HotLinesView(
    String app, String method, String event, String file, long samples, List<Line> lines) {

  /**
   * One source line.
   *
   * @param line 1-based line number in {@code file}
   * @param text the line as written
   * @param samples samples at this line
   * @param share {@code samples} over the method's samples, 0..1
   * @param hot whether it is one of the method's hottest lines ({@link HotLines#isHot})
   */
  public record Line(int line, String text, long samples, double share, boolean hot) {}
}
