package dev.flamefix.optimizer.recipe;

import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.resolution.declarations.ResolvedMethodDeclaration;
import java.util.Optional;
import java.util.Set;

/**
 * A JDK number parser called on one String, identified by the resolved declaration, with the
 * private pre-check that answers "certainly rejected" only for text the parser's specification
 * rejects (so the pre-check can route that text to a NumberFormatException handler).
 */
enum NumberParse {
  DECIMAL_INTEGER("certainlyNotDecimal",
      "/** True only for text Integer.parseInt/Long.parseLong reject by specification (radix 10); overflow is not checked. */\n"
          + "private static boolean NAME(String s) {\n"
          + "  if (s == null || s.isEmpty()) return true;\n"
          + "  int start = (s.charAt(0) == '-' || s.charAt(0) == '+') ? 1 : 0;\n"
          + "  if (start == s.length()) return true;\n"
          + "  for (int i = start; i < s.length(); i++) {\n"
          + "    if (Character.digit(s.charAt(i), 10) < 0) return true;\n"
          + "  }\n"
          + "  return false;\n"
          + "}"),
  FLOATING("certainlyNotFloating",
      "/**\n"
          + " * True only for text Double.parseDouble/Float.parseFloat reject by specification: after trim, empty, a\n"
          + " * character no accepted form uses, or neither a digit nor Infinity/NaN. Null is left to the parser.\n"
          + " */\n"
          + "private static boolean NAME(String s) {\n"
          + "  if (s == null) return false;\n"
          + "  String t = s.trim();\n"
          + "  if (t.isEmpty()) return true;\n"
          + "  boolean digitOrWord = false;\n"
          + "  for (int i = 0; i < t.length(); i++) {\n"
          + "    char c = t.charAt(i);\n"
          + "    if ((c >= '0' && c <= '9') || c == 'I' || c == 'N') digitOrWord = true;\n"
          + "    else if (c != '+' && c != '-' && c != '.' && \"abcdefABCDEFxXpPinty\".indexOf(c) < 0) return true;\n"
          + "  }\n"
          + "  return !digitOrWord;\n"
          + "}");

  private static final Set<String> INTEGRAL = Set.of("java.lang.Integer.parseInt", "java.lang.Integer.valueOf",
      "java.lang.Long.parseLong", "java.lang.Long.valueOf");
  private static final Set<String> FLOATING_POINT = Set.of("java.lang.Double.parseDouble", "java.lang.Double.valueOf",
      "java.lang.Float.parseFloat", "java.lang.Float.valueOf");

  private final String base;
  private final String template;

  NumberParse(String base, String template) {
    this.base = base;
    this.template = template;
  }

  /** The parser {@code call} invokes, when the solver resolves it to one of the JDK's (String) overloads. */
  static Optional<NumberParse> of(MethodCallExpr call) {
    try {
      ResolvedMethodDeclaration m = call.resolve();
      if (m.getNumberOfParams() != 1 || !m.getParam(0).getType().describe().equals("java.lang.String")) return Optional.empty();
      String name = m.getQualifiedName();
      if (INTEGRAL.contains(name)) return Optional.of(DECIMAL_INTEGER);
      if (FLOATING_POINT.contains(name)) return Optional.of(FLOATING);
      return Optional.empty();
    } catch (RuntimeException | StackOverflowError e) {
      return Optional.empty();
    }
  }

  /** The pre-check's name, adding it to the class unless this rewrite already did. */
  String helper(RecipeContext ctx) {
    return ctx.shared("number-parse:" + name(), () -> {
      String name = ctx.freshName(base);
      ctx.addMethod(StaticJavaParser.parseMethodDeclaration(template.replace("NAME", name)));
      return name;
    });
  }
}
