package dev.flamefix.validator.coverage.reach;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.NameExpr;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The finitely many values some integer parameters can take under a precondition: bounds from
 * its linear comparisons, tightened to a fixpoint, then every tuple of the bounded parameters that
 * satisfies the conjuncts naming only them. Parameters left out are unknown.
 *
 * <p>Sound by construction: a conjunct is used only when it cannot wrap around under the bounds
 * known so far, one it cannot read is ignored (a weaker assumption), and every tuple dropped makes
 * some evaluable conjunct false or throw, so the child's check would discard that input too.
 *
 * @param params the enumerated parameters
 * @param tuples their values, aligned with {@code params}; never empty
 */
public record InputDomain(List<Param> params, List<long[]> tuples) {
  /** Most tuples enumerated; a larger domain is not enumerated at all. */
  public static final int MAX_TUPLES = 4096;

  private static final int MAX_ROUNDS = 64;
  private static final JavaParser PARSER = new JavaParser(
      new ParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17));

  /**
   * The domain {@code precondition} gives {@code params}, or empty when it bounds no parameter to
   * few enough values (or does not parse, or nothing satisfies it).
   */
  public static Optional<InputDomain> derive(String precondition, List<Param> params) {
    ParseResult<Expression> parsed = PARSER.parseExpression(precondition);
    if (!parsed.isSuccessful() || parsed.getResult().isEmpty()) {
      return Optional.empty();
    }
    List<Expression> conjuncts = new ArrayList<>();
    split(parsed.getResult().get(), conjuncts);
    Map<String, Param> byName = new LinkedHashMap<>();
    params.forEach(p -> byName.put(p.name(), p));
    Map<String, long[]> bounds = bounds(conjuncts, byName);
    if (bounds == null) {
      return Optional.empty();
    }
    List<Param> chosen = new ArrayList<>();
    long product = 1;
    for (Param p : byName.values().stream().filter(Param::integral)
        .sorted(Comparator.comparingLong(p -> width(bounds.get(p.name())))).toList()) {
      long w = width(bounds.get(p.name()));
      if (w <= 0 || w > MAX_TUPLES / product) {
        break;
      }
      product *= w;
      chosen.add(p);
    }
    if (chosen.isEmpty()) {
      return Optional.empty();
    }
    List<long[]> tuples = enumerate(chosen, bounds, conjuncts, byName);
    return tuples.isEmpty() ? Optional.empty() : Optional.of(new InputDomain(chosen, tuples));
  }

  /** The top-level {@code &&} operands, parentheses removed. */
  static void split(Expression e, List<Expression> into) {
    if (e instanceof EnclosedExpr en) {
      split(en.getInner(), into);
    } else if (e instanceof BinaryExpr b && b.getOperator() == BinaryExpr.Operator.AND) {
      split(b.getLeft(), into);
      split(b.getRight(), into);
    } else {
      into.add(e);
    }
  }

  /**
   * Per integral parameter its [lo, hi] after interval tightening to a fixpoint; {@code null} when
   * some interval empties (no input satisfies the precondition: nothing is claimed then).
   */
  static Map<String, long[]> bounds(List<Expression> conjuncts, Map<String, Param> params) {
    Map<String, long[]> bounds = new HashMap<>();
    params.values().stream().filter(Param::integral)
        .forEach(p -> bounds.put(p.name(), new long[] {p.min(), p.max()}));
    boolean changed = true;
    for (int round = 0; changed && round < MAX_ROUNDS; round++) {
      changed = false;
      for (Expression c : conjuncts) {
        for (Linear atMostZero : constraints(c, params, bounds)) {
          changed |= tighten(atMostZero, bounds);
        }
      }
      if (bounds.values().stream().anyMatch(b -> b[0] > b[1])) {
        return null;
      }
    }
    return bounds;
  }

  /** The conjunct as {@code linear <= 0} forms, when it is a comparison Java cannot wrap in. */
  private static List<Linear> constraints(Expression c, Map<String, Param> params,
      Map<String, long[]> bounds) {
    if (!(c instanceof BinaryExpr b)) {
      return List.of();
    }
    BinaryExpr.Operator op = b.getOperator();
    if (op != BinaryExpr.Operator.LESS && op != BinaryExpr.Operator.LESS_EQUALS
        && op != BinaryExpr.Operator.GREATER && op != BinaryExpr.Operator.GREATER_EQUALS
        && op != BinaryExpr.Operator.EQUALS) {
      return List.of();
    }
    if (!Linear.safeRange(b.getLeft(), params, bounds) || !Linear.safeRange(b.getRight(), params, bounds)) {
      return List.of();
    }
    Linear l = Linear.of(b.getLeft(), params);
    Linear r = Linear.of(b.getRight(), params);
    if (l == null || r == null) {
      return List.of();
    }
    try {
      Linear d = l.plus(r, -1);
      return switch (op) {
        case LESS -> List.of(d.plus(new Linear(Map.of(), 1), 1));
        case LESS_EQUALS -> List.of(d);
        case GREATER -> List.of(d.times(-1).plus(new Linear(Map.of(), 1), 1));
        case GREATER_EQUALS -> List.of(d.times(-1));
        default -> List.of(d, d.times(-1));
      };
    } catch (ArithmeticException overflow) {
      return List.of();
    }
  }

  /** Narrows each variable of {@code sum a_i x_i + c <= 0} by the others' extremes. */
  private static boolean tighten(Linear atMostZero, Map<String, long[]> bounds) {
    boolean changed = false;
    for (Map.Entry<String, Long> term : atMostZero.coefficients().entrySet()) {
      try {
        long rest = atMostZero.constant();
        for (Map.Entry<String, Long> other : atMostZero.coefficients().entrySet()) {
          if (!other.getKey().equals(term.getKey())) {
            long[] b = bounds.get(other.getKey());
            long a = other.getValue();
            rest = Math.addExact(rest, Math.min(Math.multiplyExact(a, b[0]), Math.multiplyExact(a, b[1])));
          }
        }
        // a * x <= -rest
        long a = term.getValue();
        long m = Math.negateExact(rest);
        long[] b = bounds.get(term.getKey());
        if (a > 0) {
          long hi = Math.floorDiv(m, a);
          if (hi < b[1]) {
            b[1] = hi;
            changed = true;
          }
        } else {
          long lo = Math.negateExact(Math.floorDiv(Math.negateExact(m), a));
          if (lo > b[0]) {
            b[0] = lo;
            changed = true;
          }
        }
      } catch (ArithmeticException overflow) {
        // This variable is not narrowed by this conjunct.
      }
    }
    return changed;
  }

  private static long width(long[] b) {
    long w = b[1] - b[0] + 1;
    return b[1] < b[0] || w <= 0 ? Long.MAX_VALUE : w;
  }

  private static List<long[]> enumerate(List<Param> chosen, Map<String, long[]> bounds,
      List<Expression> conjuncts, Map<String, Param> params) {
    List<Expression> evaluable = conjuncts.stream().filter(c -> c.findAll(NameExpr.class).stream()
        .allMatch(n -> chosen.stream().anyMatch(p -> p.name().equals(n.getNameAsString())))).toList();
    Exact exact = new Exact(params);
    List<long[]> out = new ArrayList<>();
    long[] tuple = new long[chosen.size()];
    for (int i = 0; i < tuple.length; i++) {
      tuple[i] = bounds.get(chosen.get(i).name())[0];
    }
    while (true) {
      Map<String, Long> values = new HashMap<>();
      for (int i = 0; i < tuple.length; i++) {
        values.put(chosen.get(i).name(), tuple[i]);
      }
      if (evaluable.stream().noneMatch(c -> Boolean.FALSE.equals(exact.holds(c, values)))) {
        out.add(tuple.clone());
      }
      int i = 0;
      while (i < tuple.length && tuple[i] == bounds.get(chosen.get(i).name())[1]) {
        tuple[i] = bounds.get(chosen.get(i).name())[0];
        i++;
      }
      if (i == tuple.length) {
        return out;
      }
      tuple[i]++;
    }
  }
}
