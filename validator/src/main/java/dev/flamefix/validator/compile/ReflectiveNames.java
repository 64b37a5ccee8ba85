package dev.flamefix.validator.compile;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.EnumConstantDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.MethodCallExpr;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Strings that name the class's own members, for code that looks members up by a name it
 * builds from its input ({@code getMethod("on" + capitalize(type))}): no literal of such code is
 * a name that resolves, so random inputs only ever took the "no such method" path and the lines
 * after a successful lookup (and a rewrite's cache of found members) were never run. Empty
 * unless the sources make a reflective lookup by name.
 */
final class ReflectiveNames {

  private static final Set<String> LOOKUPS = Set.of("getMethod", "getDeclaredMethod", "getField",
      "getDeclaredField", "forName", "findVirtual", "findStatic", "findGetter", "findSetter");
  /** Most names added, so that they stay a small share of the dictionary. */
  private static final int MAX = 40;

  private ReflectiveNames() {}

  /**
   * Member names of {@code units} (methods, fields, enum constants), and for each that begins or
   * ends with one of {@code literals} (a prefix such as {@code "on"}, a suffix such as {@code
   * "Handler"}) the rest of it as written and with its first letter in lower case ({@code
   * onClick} gives {@code Click} and {@code click}).
   */
  static List<String> of(Collection<CompilationUnit> units, Collection<String> literals) {
    boolean reflective = units.stream().anyMatch(u -> !u.findAll(MethodCallExpr.class,
        c -> LOOKUPS.contains(c.getNameAsString())).isEmpty());
    if (!reflective) {
      return List.of();
    }
    Set<String> names = new LinkedHashSet<>();
    for (CompilationUnit unit : units) {
      unit.findAll(MethodDeclaration.class).forEach(m -> names.add(m.getNameAsString()));
      unit.findAll(FieldDeclaration.class).forEach(f -> f.getVariables().stream()
          .map(VariableDeclarator::getNameAsString).forEach(names::add));
      unit.findAll(EnumConstantDeclaration.class).forEach(e -> names.add(e.getNameAsString()));
    }
    Set<String> out = new LinkedHashSet<>();
    for (String name : names) {
      for (String literal : literals) {
        if (literal.length() < 2 || literal.length() >= name.length()) {
          continue;
        }
        if (name.startsWith(literal)) {
          addRest(out, name.substring(literal.length()));
        }
        if (name.endsWith(literal)) {
          addRest(out, name.substring(0, name.length() - literal.length()));
        }
      }
    }
    out.addAll(names);
    return out.stream().limit(MAX).toList();
  }

  private static void addRest(Set<String> out, String rest) {
    out.add(rest);
    out.add(rest.substring(0, 1).toLowerCase(Locale.ROOT) + rest.substring(1));
  }
}
