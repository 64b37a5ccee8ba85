package dev.flamefix.validator.compile;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.expr.CharLiteralExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Literals of the code under test, fed to input generation as a dictionary: a method that
 * matches {@code "[A-Z]{3}-[0-9]{4}"} or compares with {@code "VIP"} is only exercised properly
 * by inputs built from those constants.
 *
 * @param strings string, text-block and char literals, unescaped
 * @param numbers integer and long literals
 */
public record Literals(List<String> strings, List<Long> numbers) {

  private static final int MAX = 200;

  /** Literals appearing in any of {@code sources} (unparseable sources are skipped). */
  public static Literals of(String... sources) {
    Set<String> strings = new LinkedHashSet<>();
    Set<Long> numbers = new LinkedHashSet<>();
    for (String source : sources) {
      CompilationUnit unit;
      try {
        unit = ClassRenamer.parse(source);
      } catch (IllegalArgumentException e) {
        continue;
      }
      unit.findAll(StringLiteralExpr.class).forEach(s -> strings.add(safe(s)));
      unit.findAll(TextBlockLiteralExpr.class).forEach(s -> strings.add(s.asString()));
      unit.findAll(CharLiteralExpr.class).forEach(c -> strings.add(c.getValue()));
      unit.findAll(IntegerLiteralExpr.class).forEach(i -> {
        try {
          numbers.add(i.asNumber().longValue());
        } catch (NumberFormatException e) {
          // Out-of-range literal: javac will say so; it is no input hint.
        }
      });
      unit.findAll(LongLiteralExpr.class).forEach(l -> {
        try {
          numbers.add(l.asNumber().longValue());
        } catch (NumberFormatException e) {
          // As above.
        }
      });
    }
    return new Literals(new ArrayList<>(strings).subList(0, Math.min(MAX, strings.size())),
        new ArrayList<>(numbers).subList(0, Math.min(MAX, numbers.size())));
  }

  private static String safe(StringLiteralExpr s) {
    try {
      return s.asString();
    } catch (RuntimeException e) {
      return s.getValue();
    }
  }
}
