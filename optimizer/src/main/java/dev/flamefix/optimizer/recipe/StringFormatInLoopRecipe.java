package dev.flamefix.optimizer.recipe;

import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.InstanceOfExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.utils.StringEscapeUtils;
import dev.flamefix.kb.ast.Loops;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code string-format-in-loop}: {@code String.format("literal", args)} (also {@code
 * "literal".formatted(args)} and {@code String.format(Locale.ROOT|US|ENGLISH, "literal", args)})
 * in a loop of the target, or anywhere in a same-class helper the target calls repeatedly, parses
 * its format string on every call; the format is translated once, at rewrite time, into a string
 * concatenation plus small private static padding helpers added to the class.
 *
 * <p>Accepted conversions, each reproduced character for character: {@code %s} of an argument
 * resolved as {@code java.lang.String} (a null prints {@code null}; {@code String} is final, so it
 * is never {@code Formattable}), {@code %d} of {@code int/long/short/byte} or their boxes (a null
 * box prints {@code null}, space-padded, exactly as {@code Formatter} does), {@code %c} of {@code
 * char}/{@code Character}, the flags {@code -} (with a width) and {@code 0} (with a width, {@code
 * %d} only: the sign goes before the zeros), {@code %n} ({@code System.lineSeparator()}) and
 * {@code %%}. {@code %d} also takes the {@code +} and space flags (not both: Formatter throws) and
 * {@code ,} — grouping only with an explicit {@code Locale.ROOT} or {@code Locale.US}, whose
 * separator is {@code ','} every three digits (any other locale's grouping is not known at rewrite
 * time); zeros go between the sign and the grouped digits, uncounted by grouping, as in Formatter.
 * {@code %x}, {@code %X} and {@code %o} (with width, {@code -}, {@code 0}) take {@code int}/{@code
 * long} or their boxes: {@code Integer/Long.toHexString/toOctalString} print negatives in two's
 * complement exactly as Formatter does for these two types (not for {@code byte}/{@code short},
 * which Formatter prints modulo 2^8/2^16: refused); {@code %X} upper-cases the digits and a null
 * box's {@code "NULL"}. Anything else refuses the call: other conversions and flags ({@code #},
 * {@code (}, floating point, {@code %S}), precision, argument indexes, a width on {@code %n}/{@code
 * %%}, too few or too many arguments, a call whose result is discarded.
 *
 * <p>Assumption (without an explicit locale): {@code %d} prints the default format locale's digits
 * and its minus sign is always ASCII; the rewrite prints ASCII digits, so it rests on a default
 * locale whose zero digit is {@code '0'} (every locale except those with a native numbering system,
 * e.g. {@code ar-EG}). With {@code Locale.ROOT/US/ENGLISH} nothing is assumed.
 */
public final class StringFormatInLoopRecipe implements Recipe {
  private static final Set<String> ASCII_LOCALES = Set.of("ROOT", "US", "ENGLISH");
  private static final Set<String> DECIMAL_TYPES = Set.of("int", "long", "short", "byte");
  private static final Set<String> BOXED_DECIMAL_TYPES =
      Set.of("java.lang.Integer", "java.lang.Long", "java.lang.Short", "java.lang.Byte");
  private static final Set<String> RADIX_TYPES = Set.of("int", "long", "java.lang.Integer", "java.lang.Long");
  private static final Set<String> CHAR_TYPES = Set.of("char", "java.lang.Character");

  @Override
  public String id() {
    return "string-format-in-loop";
  }

  @Override
  public String description() {
    return "String.format/formatted with a literal %s/%d/%c/%n format in a loop -> concatenation and padding helpers";
  }

  @Override
  public Optional<String> apply(MethodDeclaration target, RecipeContext ctx) {
    Map<String, String> helpers = new HashMap<>();
    List<String> done = Callees.rewriteTargetAndHelpers(target, ctx, (method, out) -> {
      for (MethodCallExpr call : method.findAll(MethodCallExpr.class)) {
        if (method == target && Loops.enclosing(call, method).isEmpty() && !Ast.inDeferredCode(call, method)) continue;
        rewrite(call, ctx, helpers).ifPresent(out::add);
      }
    });
    if (done.isEmpty()) return Optional.empty();
    boolean defaultLocale = done.stream().anyMatch(d -> d.contains("(default locale)"));
    return Optional.of("Translated " + done.size() + " constant format string(s) into concatenation at rewrite time, so"
        + " no Formatter parses them per call: " + String.join("; ", done) + ". Padding helpers reproduce Formatter's"
        + " justification (never truncating, a null String or box printing \"null\", the sign before zero padding)."
        + (defaultLocale ? " Assumption: the default format locale writes ASCII digits, as the rewrite does." : ""));
  }

  /**
   * One translated piece of the output: text, or an expression that yields a String (never null
   * when {@code nonNull}) or a primitive/box.
   */
  private record Part(String text, Expression expr, boolean isString, boolean nonNull) {
    Part(String text) {
      this(text, null, true, true);
    }

    /** A generated helper call or {@code System.lineSeparator()}: a String, never null. */
    static Part made(Expression e) {
      return new Part(null, e, true, true);
    }
  }

  private static Optional<String> rewrite(MethodCallExpr call, RecipeContext ctx, Map<String, String> helpers) {
    List<Expression> args;
    StringLiteralExpr format;
    String locale;
    if (call.getNameAsString().equals("format") && call.getScope().isPresent() && isStringClass(call.getScope().get())) {
      if (!resolvesTo(call, "java.lang.String.format")) return Optional.empty();
      args = new ArrayList<>(call.getArguments());
      locale = "(default locale)";
      if (!args.isEmpty() && !(args.get(0) instanceof StringLiteralExpr)) {
        Optional<String> l = asciiLocale(args.get(0));
        if (l.isEmpty()) return Optional.empty();
        locale = l.get();
        args.remove(0);
      }
      if (args.isEmpty() || !(args.get(0) instanceof StringLiteralExpr f)) return Optional.empty();
      format = f;
      args.remove(0);
    } else if (call.getNameAsString().equals("formatted") && call.getScope().isPresent()
        && call.getScope().get() instanceof StringLiteralExpr f) {
      format = f;
      args = new ArrayList<>(call.getArguments());
      locale = "(default locale)";
    } else {
      return Optional.empty();
    }
    if (Ast.resultDiscarded(call)) return Optional.empty();
    boolean groupingKnown = locale.equals("(Locale.ROOT)") || locale.equals("(Locale.US)");
    Optional<List<Part>> parts = translate(format.asString(), args, groupingKnown, ctx, helpers);
    if (parts.isEmpty()) return Optional.empty();
    Expression replacement = concatenation(parts.get());
    boolean needsParens = call.getParentNode().get() instanceof Expression && !Ast.isArgument(call);
    call.replace(needsParens ? new EnclosedExpr(replacement) : replacement);
    return Optional.of("\"" + format.asString() + "\" " + locale);
  }

  private static boolean isStringClass(Expression scope) {
    return scope instanceof NameExpr n && n.getNameAsString().equals("String")
        || scope.toString().equals("java.lang.String");
  }

  private static boolean resolvesTo(MethodCallExpr call, String qualified) {
    try {
      return call.resolve().getQualifiedName().equals(qualified);
    } catch (RuntimeException | StackOverflowError e) {
      return false;
    }
  }

  /** {@code Locale.ROOT/US/ENGLISH}: locales whose digits are ASCII. */
  private static Optional<String> asciiLocale(Expression e) {
    if (!(e instanceof FieldAccessExpr f) || !ASCII_LOCALES.contains(f.getNameAsString())) return Optional.empty();
    String scope = f.getScope().toString();
    if (!scope.equals("Locale") && !scope.equals("java.util.Locale")) return Optional.empty();
    if (!Ast.typeOf(e).map("java.util.Locale"::equals).orElse(false)) return Optional.empty();
    return Optional.of("(Locale." + f.getNameAsString() + ")");
  }

  /**
   * Parses {@code fmt} the way {@link java.util.Formatter} does, for the accepted subset only;
   * {@code groupingKnown}: the locale is {@code Locale.ROOT/US}, whose grouping is {@code ','} every
   * three digits.
   */
  static Optional<List<Part>> translate(String fmt, List<Expression> args, boolean groupingKnown, RecipeContext ctx,
      Map<String, String> helpers) {
    List<Part> parts = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    int next = 0;
    int i = 0;
    while (i < fmt.length()) {
      char c = fmt.charAt(i);
      if (c != '%') {
        text.append(c);
        i++;
        continue;
      }
      int j = i + 1;
      int digitsStart = j;
      while (j < fmt.length() && Character.isDigit(fmt.charAt(j))) j++;
      if (j < fmt.length() && fmt.charAt(j) == '$' && j > digitsStart) return Optional.empty(); // argument index
      j = i + 1;
      boolean left = false;
      boolean zero = false;
      boolean plus = false;
      boolean space = false;
      boolean group = false;
      while (j < fmt.length() && "-#+ 0,(<".indexOf(fmt.charAt(j)) >= 0) {
        char flag = fmt.charAt(j);
        if (flag == '-' && !left) left = true;
        else if (flag == '0' && !zero) zero = true;
        else if (flag == '+' && !plus) plus = true;
        else if (flag == ' ' && !space) space = true;
        else if (flag == ',' && !group) group = true;
        else return Optional.empty(); // other or repeated flags
        j++;
      }
      boolean signFlags = plus || space || group;
      if (plus && space) return Optional.empty(); // IllegalFormatFlagsException
      if (group && !groupingKnown) return Optional.empty(); // the default locale's separator and group size are unknown
      int widthStart = j;
      while (j < fmt.length() && Character.isDigit(fmt.charAt(j))) j++;
      int width = -1;
      if (j > widthStart) {
        if (j - widthStart > 6) return Optional.empty();
        width = Integer.parseInt(fmt.substring(widthStart, j));
      }
      if (j >= fmt.length()) return Optional.empty(); // '.', precision, or a dangling '%'
      char conv = fmt.charAt(j);
      i = j + 1;
      if ((left || zero) && width < 0) return Optional.empty(); // MissingFormatWidthException
      if (left && zero) return Optional.empty();
      switch (conv) {
        case '%' -> {
          if (left || zero || signFlags || width >= 0) return Optional.empty();
          text.append('%');
        }
        case 'n' -> {
          if (left || zero || signFlags || width >= 0) return Optional.empty();
          flush(text, parts);
          parts.add(Part.made(StaticJavaParser.parseExpression("System.lineSeparator()")));
        }
        case 's', 'd', 'c' -> {
          if (next >= args.size()) return Optional.empty();
          Expression arg = args.get(next++);
          String type = Ast.typeOf(arg).orElse("");
          Expression a = parenthesised(arg.clone());
          flush(text, parts);
          if (conv != 'd' && signFlags) return Optional.empty();
          if (conv == 's') {
            if (!type.equals("java.lang.String") || zero) return Optional.empty();
            parts.add(width < 0 ? new Part(null, a, true, false) : Part.made(pad(ctx, helpers, left, a, width)));
          } else if (conv == 'c') {
            if (!CHAR_TYPES.contains(type) || zero) return Optional.empty();
            parts.add(width < 0 ? new Part(null, a, false, false) : Part.made(pad(ctx, helpers, left, valueOf(a), width)));
          } else {
            boolean boxed = BOXED_DECIMAL_TYPES.contains(type);
            if (!DECIMAL_TYPES.contains(type) && !boxed) return Optional.empty();
            if (signFlags) {
              parts.add(Part.made(integer(ctx, helpers, a, 'd', plus, space, group, zero, left, width)));
            } else if (zero) {
              String h = helper(ctx, helpers, boxed ? "zeroPadBoxed" : "zeroPad");
              parts.add(Part.made(call(h, a, width)));
            } else {
              parts.add(width < 0 ? new Part(null, a, false, false) : Part.made(pad(ctx, helpers, left, valueOf(a), width)));
            }
          }
        }
        case 'x', 'X', 'o' -> {
          // int and long only: Formatter prints a negative byte/short modulo 2^8/2^16, not as toHexString does.
          if (signFlags || next >= args.size()) return Optional.empty();
          Expression arg = args.get(next++);
          if (!RADIX_TYPES.contains(Ast.typeOf(arg).orElse(""))) return Optional.empty();
          flush(text, parts);
          parts.add(Part.made(integer(ctx, helpers, parenthesised(arg.clone()), conv, false, false, false, zero, left, width)));
        }
        default -> {
          return Optional.empty();
        }
      }
    }
    if (next != args.size()) return Optional.empty(); // unused arguments: refused, as the task asks
    flush(text, parts);
    return Optional.of(parts);
  }

  private static void flush(StringBuilder text, List<Part> parts) {
    if (text.length() > 0) parts.add(new Part(text.toString()));
    text.setLength(0);
  }

  private static Expression parenthesised(Expression e) {
    boolean loose = e instanceof BinaryExpr || e instanceof ConditionalExpr || e instanceof AssignExpr
        || e instanceof InstanceOfExpr || e instanceof LambdaExpr;
    return loose ? new EnclosedExpr(e) : e;
  }

  private static Expression valueOf(Expression a) {
    return StaticJavaParser.parseExpression("String.valueOf(x)").asMethodCallExpr().setArgument(0, a);
  }

  private static Expression pad(RecipeContext ctx, Map<String, String> helpers, boolean left, Expression value, int width) {
    return call(helper(ctx, helpers, left ? "padRight" : "padLeft"), value, width);
  }

  /** A call of the general integer helper: {@code %d} with sign/grouping flags, or {@code %x/%X/%o}. */
  private static Expression integer(RecipeContext ctx, Map<String, String> helpers, Expression value, char conv, boolean plus,
      boolean space, boolean group, boolean zero, boolean left, int width) {
    MethodCallExpr c = StaticJavaParser.parseExpression(helper(ctx, helpers, "integer") + "(x, '" + conv + "', " + plus + ", "
        + space + ", " + group + ", " + zero + ", " + left + ", " + width + ")").asMethodCallExpr();
    c.setArgument(0, value);
    return c;
  }

  private static Expression call(String helper, Expression value, int width) {
    MethodCallExpr c = StaticJavaParser.parseExpression(helper + "(x, " + width + ")").asMethodCallExpr();
    c.setArgument(0, value);
    return c;
  }

  /**
   * The concatenation of {@code parts}; it starts with a String operand so that {@code +} never
   * adds two numbers or chars, and a lone non-literal becomes {@code String.valueOf(..)} (a null
   * String still prints {@code null}).
   */
  private static Expression concatenation(List<Part> parts) {
    if (parts.isEmpty()) return new StringLiteralExpr("");
    List<Expression> operands = new ArrayList<>();
    for (Part p : parts) operands.add(p.text() != null ? new StringLiteralExpr(StringEscapeUtils.escapeJava(p.text())) : p.expr());
    Part first = parts.get(0);
    if (operands.size() == 1) return first.nonNull() ? operands.get(0) : valueOf(operands.get(0));
    boolean firstIsString = first.text() != null || first.isString();
    boolean secondIsString = parts.get(1).text() != null || parts.get(1).isString();
    if (!firstIsString && !secondIsString) operands.add(0, new StringLiteralExpr(""));
    Expression e = operands.get(0);
    for (int k = 1; k < operands.size(); k++) e = new BinaryExpr(e, operands.get(k), BinaryExpr.Operator.PLUS);
    return e;
  }

  /** The name of the generated helper {@code kind}, adding it to the class the first time. */
  private static String helper(RecipeContext ctx, Map<String, String> helpers, String kind) {
    String existing = helpers.get(kind);
    if (existing != null) return existing;
    if (kind.equals("zeroPadBoxed")) helper(ctx, helpers, "zeroPad");
    if (kind.equals("zeroPadBoxed") || kind.equals("zeroPad")) helper(ctx, helpers, "padLeft");
    String name = ctx.freshName("format" + Character.toUpperCase(kind.charAt(0)) + kind.substring(1));
    String body = switch (kind) {
      case "padLeft" -> "/** Right-justifies {@code s} in {@code width} columns like Formatter: never truncates. */\n"
          + "private static String " + name + "(String s, int width) {\n"
          + "  String t = String.valueOf(s);\n"
          + "  if (t.length() >= width) return t;\n"
          + "  return \" \".repeat(width - t.length()) + t;\n}";
      case "padRight" -> "/** Left-justifies {@code s} in {@code width} columns like Formatter's '-' flag: never truncates. */\n"
          + "private static String " + name + "(String s, int width) {\n"
          + "  String t = String.valueOf(s);\n"
          + "  if (t.length() >= width) return t;\n"
          + "  return t + \" \".repeat(width - t.length());\n}";
      case "zeroPad" -> "/** {@code %0<width>d}: the sign first, then zeros up to {@code width} columns in all. */\n"
          + "private static String " + name + "(long v, int width) {\n"
          + "  String digits = Long.toString(v);\n"
          + "  if (digits.length() >= width) return digits;\n"
          + "  String zeros = \"0\".repeat(width - digits.length());\n"
          + "  return v < 0 ? \"-\" + zeros + digits.substring(1) : zeros + digits;\n}";
      case "integer" -> "/**\n"
          + " * An integer as Formatter prints it with ASCII digits: {@code %d} with the '+', ' ', ',' (',' every three\n"
          + " * digits, as in Locale.ROOT/US), '0' and '-' flags, the sign before any zeros; {@code %x/%X/%o} of an int or\n"
          + " * long in two's complement; a null box prints \"null\" (\"NULL\" for %X) padded with spaces.\n */\n"
          + "private static String " + name + "(Object v, char conv, boolean plus, boolean space, boolean group, boolean zero,\n"
          + "    boolean left, int width) {\n"
          + "  StringBuilder sb = new StringBuilder();\n"
          + "  if (v == null) {\n"
          + "    sb.append(conv == 'X' ? \"NULL\" : \"null\");\n"
          + "  } else if (conv == 'd') {\n"
          + "    long n = ((Number) v).longValue();\n"
          + "    String digits = Long.toString(n);\n"
          + "    if (n < 0) digits = digits.substring(1);\n"
          + "    sb.append(n < 0 ? \"-\" : plus ? \"+\" : space ? \" \" : \"\");\n"
          + "    int begin = sb.length();\n"
          + "    for (int j = 0; j < digits.length(); j++) {\n"
          + "      sb.append(digits.charAt(j));\n"
          + "      int rest = digits.length() - 1 - j;\n"
          + "      if (group && rest > 0 && rest % 3 == 0) sb.append(',');\n"
          + "    }\n"
          + "    if (zero) while (sb.length() < width) sb.insert(begin, '0');\n"
          + "  } else {\n"
          + "    String digits = v instanceof Integer\n"
          + "        ? (conv == 'o' ? Integer.toOctalString((Integer) v) : Integer.toHexString((Integer) v))\n"
          + "        : (conv == 'o' ? Long.toOctalString((Long) v) : Long.toHexString((Long) v));\n"
          + "    if (zero) for (int k = digits.length(); k < width; k++) sb.append('0');\n"
          + "    sb.append(conv == 'X' ? digits.toUpperCase(java.util.Locale.ROOT) : digits);\n"
          + "  }\n"
          + "  if (sb.length() >= width) return sb.toString();\n"
          + "  String pad = \" \".repeat(width - sb.length());\n"
          + "  return left ? sb + pad : pad + sb;\n}";
      default -> "/** {@code %0<width>d} of a box: a null prints \"null\" right-justified with spaces, as Formatter does. */\n"
          + "private static String " + name + "(Number v, int width) {\n"
          + "  return v == null ? " + helpers.get("padLeft") + "(\"null\", width) : " + helpers.get("zeroPad") + "(v.longValue(), width);\n}";
    };
    ctx.addMethod(StaticJavaParser.parseMethodDeclaration(body));
    helpers.put(kind, name);
    return name;
  }
}
