package dev.flamefix.validator.coverage.reach;

import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.CharLiteralExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A linear integer expression over parameters, {@code sum(coefficient * parameter) + constant},
 * read from a precondition operand built of literals, integral parameters, {@code + - *} (one
 * factor constant) and parentheses. Its value is the mathematical one; {@link #safeRange} tells
 * when Java's wrapping arithmetic cannot differ from it.
 *
 * @param coefficients per parameter name, none zero
 * @param constant the constant term
 */
record Linear(Map<String, Long> coefficients, long constant) {

  /** The linear form of {@code e}, or {@code null} when it is not one (or overflows a long). */
  static Linear of(Expression e, Map<String, Param> params) {
    try {
      return read(e, params);
    } catch (ArithmeticException overflow) {
      return null;
    }
  }

  private static Linear read(Expression e, Map<String, Param> params) {
    if (e instanceof EnclosedExpr en) {
      return read(en.getInner(), params);
    }
    if (e instanceof IntegerLiteralExpr i) {
      return constant(i.asNumber().longValue());
    }
    if (e instanceof LongLiteralExpr l) {
      return constant(l.asNumber().longValue());
    }
    if (e instanceof CharLiteralExpr c) {
      return constant(c.asChar());
    }
    if (e instanceof NameExpr n) {
      Param p = params.get(n.getNameAsString());
      return p == null || !p.integral() ? null : new Linear(Map.of(p.name(), 1L), 0);
    }
    if (e instanceof UnaryExpr u) {
      Linear inner = read(u.getExpression(), params);
      if (inner == null) {
        return null;
      }
      return switch (u.getOperator()) {
        case PLUS -> inner;
        case MINUS -> inner.times(-1);
        default -> null;
      };
    }
    if (e instanceof BinaryExpr b) {
      Linear l = read(b.getLeft(), params);
      Linear r = read(b.getRight(), params);
      if (l == null || r == null) {
        return null;
      }
      return switch (b.getOperator()) {
        case PLUS -> l.plus(r, 1);
        case MINUS -> l.plus(r, -1);
        case MULTIPLY -> l.coefficients.isEmpty() ? r.times(l.constant)
            : r.coefficients.isEmpty() ? l.times(r.constant) : null;
        default -> null;
      };
    }
    return null;
  }

  private static Linear constant(long c) {
    return new Linear(Map.of(), c);
  }

  /** {@code this + sign * other}. */
  Linear plus(Linear other, long sign) {
    Map<String, Long> out = new LinkedHashMap<>(coefficients);
    other.coefficients.forEach((name, c) -> out.merge(name, Math.multiplyExact(sign, c), Math::addExact));
    out.values().removeIf(c -> c == 0);
    return new Linear(out, Math.addExact(constant, Math.multiplyExact(sign, other.constant)));
  }

  Linear times(long k) {
    Map<String, Long> out = new LinkedHashMap<>();
    coefficients.forEach((name, c) -> out.put(name, Math.multiplyExact(c, k)));
    out.values().removeIf(c -> c == 0);
    return new Linear(out, Math.multiplyExact(constant, k));
  }

  /**
   * Whether {@code e}, evaluated the Java way with every parameter inside {@code bounds}, can never
   * wrap: every subexpression's range fits its Java type (int unless a long takes part). Only then
   * does its linear form say what Java computes.
   */
  static boolean safeRange(Expression e, Map<String, Param> params, Map<String, long[]> bounds) {
    try {
      return range(e, params, bounds) != null;
    } catch (ArithmeticException overflow) {
      return false;
    }
  }

  /** {lo, hi, isLong}, or {@code null} when it may wrap or is not linear. */
  private static long[] range(Expression e, Map<String, Param> params, Map<String, long[]> bounds) {
    if (e instanceof EnclosedExpr en) {
      return range(en.getInner(), params, bounds);
    }
    if (e instanceof IntegerLiteralExpr i) {
      long v = i.asNumber().longValue();
      return new long[] {v, v, 0};
    }
    if (e instanceof LongLiteralExpr l) {
      long v = l.asNumber().longValue();
      return new long[] {v, v, 1};
    }
    if (e instanceof CharLiteralExpr c) {
      return new long[] {c.asChar(), c.asChar(), 0};
    }
    if (e instanceof NameExpr n) {
      Param p = params.get(n.getNameAsString());
      if (p == null || !p.integral()) {
        return null;
      }
      long[] b = bounds.get(p.name());
      return new long[] {b[0], b[1], p.kind() == 'J' ? 1 : 0};
    }
    if (e instanceof UnaryExpr u) {
      long[] r = range(u.getExpression(), params, bounds);
      if (r == null) {
        return null;
      }
      return switch (u.getOperator()) {
        case PLUS -> r;
        case MINUS -> fit(Math.negateExact(r[1]), Math.negateExact(r[0]), r[2]);
        default -> null;
      };
    }
    if (e instanceof BinaryExpr b) {
      long[] l = range(b.getLeft(), params, bounds);
      long[] r = range(b.getRight(), params, bounds);
      if (l == null || r == null) {
        return null;
      }
      long type = Math.max(l[2], r[2]);
      return switch (b.getOperator()) {
        case PLUS -> fit(Math.addExact(l[0], r[0]), Math.addExact(l[1], r[1]), type);
        case MINUS -> fit(Math.subtractExact(l[0], r[1]), Math.subtractExact(l[1], r[0]), type);
        case MULTIPLY -> {
          long a = Math.multiplyExact(l[0], r[0]);
          long c = Math.multiplyExact(l[0], r[1]);
          long d = Math.multiplyExact(l[1], r[0]);
          long f = Math.multiplyExact(l[1], r[1]);
          yield fit(Math.min(Math.min(a, c), Math.min(d, f)), Math.max(Math.max(a, c), Math.max(d, f)), type);
        }
        default -> null;
      };
    }
    return null;
  }

  private static long[] fit(long lo, long hi, long isLong) {
    boolean fits = isLong == 1 || lo >= Integer.MIN_VALUE && hi <= Integer.MAX_VALUE;
    return fits ? new long[] {lo, hi, isLong} : null;
  }
}
