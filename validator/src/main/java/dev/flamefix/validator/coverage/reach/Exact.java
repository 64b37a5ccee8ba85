package dev.flamefix.validator.coverage.reach;

import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.CharLiteralExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import java.util.Map;

/**
 * Evaluates an integer precondition conjunct exactly as Java does (int arithmetic wraps, a long
 * operand widens, division by zero throws), over known parameter values. Anything else it cannot
 * read makes it answer {@code null}: the conjunct then filters nothing.
 */
final class Exact {
  /** A Java value: {@code I} int, {@code J} long, {@code Z} boolean (1 or 0). */
  record JValue(char type, long value) {}

  private final Map<String, Param> params;

  Exact(Map<String, Param> params) {
    this.params = params;
  }

  /**
   * Whether {@code conjunct} holds for {@code values}: {@code TRUE}, {@code FALSE} (false or it
   * throws, as the child's check then discards the input), or {@code null} when not evaluable.
   */
  Boolean holds(Expression conjunct, Map<String, Long> values) {
    try {
      JValue v = eval(conjunct, values);
      return v == null || v.type() != 'Z' ? null : v.value() != 0;
    } catch (ArithmeticException e) {
      return Boolean.FALSE;
    }
  }

  private JValue eval(Expression e, Map<String, Long> values) {
    if (e instanceof EnclosedExpr en) {
      return eval(en.getInner(), values);
    }
    if (e instanceof IntegerLiteralExpr i) {
      return new JValue('I', i.asNumber().longValue());
    }
    if (e instanceof LongLiteralExpr l) {
      return new JValue('J', l.asNumber().longValue());
    }
    if (e instanceof CharLiteralExpr c) {
      return new JValue('I', c.asChar());
    }
    if (e instanceof BooleanLiteralExpr b) {
      return new JValue('Z', b.getValue() ? 1 : 0);
    }
    if (e instanceof NameExpr n) {
      Param p = params.get(n.getNameAsString());
      Long v = values.get(n.getNameAsString());
      return p == null || v == null ? null : new JValue(p.kind() == 'J' ? 'J' : 'I', v);
    }
    if (e instanceof CastExpr c) {
      JValue v = eval(c.getExpression(), values);
      if (v == null || v.type() == 'Z') {
        return null;
      }
      return switch (c.getType().asString()) {
        case "int" -> new JValue('I', (int) v.value());
        case "long" -> new JValue('J', v.value());
        case "short" -> new JValue('I', (short) v.value());
        case "byte" -> new JValue('I', (byte) v.value());
        case "char" -> new JValue('I', (char) v.value());
        default -> null;
      };
    }
    if (e instanceof UnaryExpr u) {
      JValue v = eval(u.getExpression(), values);
      if (v == null) {
        return null;
      }
      return switch (u.getOperator()) {
        case LOGICAL_COMPLEMENT -> v.type() == 'Z' ? new JValue('Z', 1 - v.value()) : null;
        case MINUS -> v.type() == 'Z' ? null : wrap(v.type(), -v.value());
        case PLUS -> v.type() == 'Z' ? null : v;
        case BITWISE_COMPLEMENT -> v.type() == 'Z' ? null : wrap(v.type(), ~v.value());
        default -> null;
      };
    }
    if (e instanceof BinaryExpr b) {
      return binary(b, values);
    }
    return null;
  }

  private JValue binary(BinaryExpr b, Map<String, Long> values) {
    JValue l = eval(b.getLeft(), values);
    if (l == null) {
      return null;
    }
    if (b.getOperator() == BinaryExpr.Operator.AND || b.getOperator() == BinaryExpr.Operator.OR) {
      if (l.type() != 'Z') {
        return null;
      }
      boolean shortCut = b.getOperator() == BinaryExpr.Operator.AND ? l.value() == 0 : l.value() != 0;
      if (shortCut) {
        return l;
      }
      JValue r = eval(b.getRight(), values);
      return r == null || r.type() != 'Z' ? null : r;
    }
    JValue r = eval(b.getRight(), values);
    if (r == null || l.type() == 'Z' || r.type() == 'Z') {
      return null;
    }
    char t = l.type() == 'J' || r.type() == 'J' ? 'J' : 'I';
    long x = l.value();
    long y = r.value();
    return switch (b.getOperator()) {
      case PLUS -> wrap(t, x + y);
      case MINUS -> wrap(t, x - y);
      case MULTIPLY -> wrap(t, x * y);
      case DIVIDE -> wrap(t, t == 'I' ? (int) x / (int) y : x / y);
      case REMAINDER -> wrap(t, t == 'I' ? (int) x % (int) y : x % y);
      case BINARY_AND -> wrap(t, x & y);
      case BINARY_OR -> wrap(t, x | y);
      case XOR -> wrap(t, x ^ y);
      // A shift's type is its left operand's (promoted alone).
      case LEFT_SHIFT -> l.type() == 'I' ? wrap('I', (int) x << y) : wrap('J', x << y);
      case SIGNED_RIGHT_SHIFT -> l.type() == 'I' ? wrap('I', (int) x >> y) : wrap('J', x >> y);
      case UNSIGNED_RIGHT_SHIFT -> l.type() == 'I' ? wrap('I', (int) x >>> y) : wrap('J', x >>> y);
      case LESS -> bool(x < y);
      case LESS_EQUALS -> bool(x <= y);
      case GREATER -> bool(x > y);
      case GREATER_EQUALS -> bool(x >= y);
      case EQUALS -> bool(x == y);
      case NOT_EQUALS -> bool(x != y);
      default -> null;
    };
  }

  private static JValue wrap(char type, long value) {
    return new JValue(type, type == 'I' ? (int) value : value);
  }

  private static JValue bool(boolean b) {
    return new JValue('Z', b ? 1 : 0);
  }
}
