package dev.flamefix.validator.compile;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.CharLiteralExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.stmt.ThrowStmt;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Literals of the code under test, fed to input generation as a dictionary: a method that
 * matches {@code "[A-Z]{3}-[0-9]{4}"}, compares with {@code "VIP"} or parses what follows
 * {@code "latency="} is only exercised properly by inputs built from those constants.
 *
 * @param strings string, text-block and char literals, unescaped; those of the target methods
 *     first, because input generation favours the front of the list; then, where the code looks
 *     members up by name, the names of the class's members ({@link ReflectiveNames})
 * @param numbers integer and long literals
 * @param calls names of the calls that reveal how strings are taken apart ({@code parseLong},
 *     {@code trim}, {@code lastIndexOf}, {@code split}, {@code format}, {@code toUpperCase} ...),
 *     in order of appearance; input generation shapes its strings for them
 * @param messages those of {@code strings} that occur only inside {@code throw} statements: the
 *     text of an exception's message ({@code "unknown currency "}) is not a value the code
 *     accepts, so benchmark inputs made of the code's literals leave them out
 */
public record Literals(List<String> strings, List<Long> numbers, List<String> calls,
    List<String> messages) {

  private static final int MAX = 200;

  /** Calls whose presence says which string shapes matter; see {@link #calls}. */
  private static final Set<String> STRUCTURAL_CALLS = Set.of(
      "parseInt", "parseLong", "parseShort", "parseByte", "parseDouble", "parseFloat", "valueOf",
      "decode", "parseUnsignedInt", "parseUnsignedLong", "split", "format", "formatted",
      "compile", "matches", "replaceAll", "indexOf", "lastIndexOf", "substring", "trim", "strip",
      "isBlank", "startsWith", "endsWith", "toUpperCase", "toLowerCase", "equalsIgnoreCase",
      "codePointAt", "codePoints", "charAt");

  /** Literals appearing in any of {@code sources} (unparseable sources are skipped). */
  public static Literals of(String... sources) {
    return of(List.of(), sources);
  }

  /**
   * Literals appearing in any of {@code sources}, those inside the methods named in {@code
   * methods} ({@code name} or {@code name(Type,...)}) first.
   */
  public static Literals of(Collection<String> methods, String... sources) {
    Set<String> names = new LinkedHashSet<>();
    for (String m : methods) {
      names.add(m.replaceAll("\\(.*", "").trim());
    }
    Set<String> strings = new LinkedHashSet<>();
    Set<Long> numbers = new LinkedHashSet<>();
    Set<String> calls = new LinkedHashSet<>();
    Set<String> accepted = new LinkedHashSet<>();
    Set<String> thrown = new LinkedHashSet<>();
    List<Node> focus = new ArrayList<>();
    List<Node> units = new ArrayList<>();
    for (String source : sources) {
      CompilationUnit unit;
      try {
        unit = ClassRenamer.parse(source);
      } catch (IllegalArgumentException e) {
        continue;
      }
      units.add(unit);
      unit.findAll(MethodDeclaration.class, m -> names.contains(m.getNameAsString()))
          .forEach(focus::add);
    }
    for (Node node : focus) {
      collect(node, strings, numbers, calls);
    }
    for (Node node : units) {
      collect(node, strings, numbers, calls);
      for (StringLiteralExpr literal : node.findAll(StringLiteralExpr.class)) {
        (literal.findAncestor(ThrowStmt.class).isPresent() ? thrown : accepted).add(safe(literal));
      }
    }
    strings.addAll(ReflectiveNames.of(units.stream().map(CompilationUnit.class::cast).toList(),
        List.copyOf(strings)));
    List<String> kept = first(strings);
    return new Literals(kept, first(numbers), first(calls),
        kept.stream().filter(s -> thrown.contains(s) && !accepted.contains(s)).toList());
  }

  private static void collect(Node node, Set<String> strings, Set<Long> numbers,
      Set<String> calls) {
    node.findAll(StringLiteralExpr.class).forEach(s -> strings.add(safe(s)));
    node.findAll(TextBlockLiteralExpr.class).forEach(s -> strings.add(s.asString()));
    node.findAll(CharLiteralExpr.class).forEach(c -> strings.add(c.getValue()));
    node.findAll(IntegerLiteralExpr.class).forEach(i -> {
      try {
        numbers.add(i.asNumber().longValue());
      } catch (NumberFormatException e) {
        // Out-of-range literal: javac will say so; it is no input hint.
      }
    });
    node.findAll(LongLiteralExpr.class).forEach(l -> {
      try {
        numbers.add(l.asNumber().longValue());
      } catch (NumberFormatException e) {
        // As above.
      }
    });
    node.findAll(MethodCallExpr.class).forEach(call -> {
      if (STRUCTURAL_CALLS.contains(call.getNameAsString())) {
        calls.add(call.getNameAsString());
      }
    });
  }

  private static <T> List<T> first(Set<T> values) {
    return new ArrayList<>(values).subList(0, Math.min(MAX, values.size()));
  }

  private static String safe(StringLiteralExpr s) {
    try {
      return s.asString();
    } catch (RuntimeException e) {
      return s.getValue();
    }
  }
}
