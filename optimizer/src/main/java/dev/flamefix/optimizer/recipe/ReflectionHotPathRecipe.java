package dev.flamefix.optimizer.recipe;

import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.flamefix.kb.ast.Loops;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code reflection-hot-path}: a {@code Class} lookup ({@code getMethod}, {@code getDeclaredField},
 * {@code getDeclaredConstructor}, {@code getRecordComponents}, {@code getDeclaredFields}, ...)
 * repeated for every element of a loop or stream is looked up once per class (and member name) and
 * cached in a {@code static final ClassValue} holding a {@code ConcurrentHashMap}. The lookup may
 * sit in the hot method or anywhere in a helper of its class that the method calls from a loop or
 * lambda ({@link Callees}, transitively), such as a generic {@code toCsvRow(Object)} called per row.
 *
 * <p>Preconditions, which make sharing one reflective object unobservable: the lookup runs in a
 * loop or a lambda of the method, or anywhere in such a helper; its receiver resolves to {@code java.lang.Class}; parameter types
 * are class literals (so they are the same at every call and can live in the helper), the member
 * name, if any, is any {@code String} expression (the cache is keyed by it, so it may vary per
 * element); the result is used only as the receiver of calls that do not touch the reflective
 * object's own state ({@code invoke}, {@code get*}/{@code set*} on a target, {@code newInstance},
 * {@code getName}, ...; {@code getAccessor()} is followed), directly or through a local that is
 * never reassigned, never compared, returned, stored or passed on; {@code setAccessible(true)} is
 * allowed only as the statement right after the local's declaration. Arrays are handed out as a
 * fresh clone per call, as the JDK does, of the array the first lookup returned (the JVM answers
 * every {@code getDeclaredFields()} of one class in the same order, so a loop over it sees the
 * order it saw before). Exceptions: a miss calls the original lookup, so a
 * missing member throws the very same exception every time (failures are not cached); a {@code
 * null} name or class throws {@code NullPointerException} as before. A {@code ClassValue} keeps no
 * class loader alive, and a map holds only members the class really has. A lookup that repeats per
 * element but fails a precondition is reported ({@link RecipeContext#refuse}).
 */
public final class ReflectionHotPathRecipe implements Recipe {
  /** Lookup name → member type it returns; arrays end in {@code []}. */
  private static final Map<String, String> LOOKUPS = Map.ofEntries(
      Map.entry("getMethod", "Method"), Map.entry("getDeclaredMethod", "Method"),
      Map.entry("getField", "Field"), Map.entry("getDeclaredField", "Field"),
      Map.entry("getConstructor", "Constructor"), Map.entry("getDeclaredConstructor", "Constructor"),
      Map.entry("getRecordComponents", "RecordComponent[]"), Map.entry("getMethods", "Method[]"),
      Map.entry("getDeclaredMethods", "Method[]"), Map.entry("getFields", "Field[]"),
      Map.entry("getDeclaredFields", "Field[]"));

  @Override
  public String id() {
    return "reflection-hot-path";
  }

  @Override
  public String description() {
    return "Class.getMethod/getDeclaredField/getRecordComponents per element -> cached per class in a ClassValue";
  }

  @Override
  public Optional<String> apply(MethodDeclaration target, RecipeContext ctx) {
    if (ctx.type().isClassOrInterfaceDeclaration() && ctx.type().asClassOrInterfaceDeclaration().isInterface()) {
      return Optional.empty();
    }
    List<String> done = Callees.rewriteTargetAndHelpers(target, ctx, (method, out) -> rewrite(method, method != target, ctx, out));
    if (done.isEmpty()) return Optional.empty();
    Optional<MethodCallExpr> byName = classLookedUpByComputedName(target);
    if (byName.isPresent()) {
      return ctx.refuse("the file looks classes up by a computed name (" + byName.get() + "), and the cache adds a nested"
          + " class to " + ctx.type().getNameAsString() + " that such a lookup could then find where the original found none");
    }
    return Optional.of("Reflective lookups repeated for every element are now done once per class"
        + " and member name: " + String.join("; ", done) + ". The cached objects are only invoked or read, never"
        + " compared, made accessible later or passed on, so sharing them is unobservable; arrays are cloned per"
        + " call as the JDK does, and a missing member still throws the original exception every time.");
  }

  /**
   * A {@code Class.forName(name)} or {@code loader.loadClass(name)} anywhere in the file whose name is
   * not a literal: the {@code ClassValue} the rewrite adds is an anonymous class ({@code Outer$1}),
   * a new class such a lookup can reach (a name built as {@code Outer.class.getName() + "$" + x}
   * finds it for {@code x = "1"}, where the original threw {@code ClassNotFoundException}).
   */
  private static Optional<MethodCallExpr> classLookedUpByComputedName(MethodDeclaration target) {
    return target.findRootNode().findAll(MethodCallExpr.class, c -> (c.getNameAsString().equals("forName") || c.getNameAsString().equals("loadClass"))
        && !c.getArguments().isEmpty() && !(Ast.unwrap(c.getArgument(0)) instanceof com.github.javaparser.ast.expr.StringLiteralExpr)).stream().findFirst();
  }

  /**
   * Caches the lookups of {@code method} that run per element: in a loop or lambda of it, or
   * anywhere in it when it is a helper the target calls repeatedly ({@code perElement}).
   */
  private static void rewrite(MethodDeclaration method, boolean perElement, RecipeContext ctx, List<String> done) {
    for (MethodCallExpr call : method.findAll(MethodCallExpr.class)) {
      String member = LOOKUPS.get(call.getNameAsString());
      if (member == null || call.getScope().isEmpty()) continue;
      boolean hot = perElement || Loops.enclosing(call, method).isPresent() || Ast.inDeferredCode(call, method);
      if (!hot) continue;
      Expression scope = call.getScope().get();
      if (!Ast.typeOf(scope).map(t -> Ast.erasure(t).equals("java.lang.Class")).orElse(false)) continue;
      boolean array = member.endsWith("[]");
      boolean named = member.equals("Method") || member.equals("Field");
      List<Expression> args = call.getArguments();
      if (array && !args.isEmpty()) continue;
      if (named && (args.isEmpty() || !Ast.isString(args.get(0)))) {
        ctx.refuse("'" + call + "' repeats per element, but its name argument is not known to be a String");
        continue;
      }
      if (member.equals("Field") && args.size() != 1) continue;
      List<Expression> paramTypes = named ? args.subList(1, args.size()) : args;
      if (!paramTypes.stream().allMatch(a -> a instanceof ClassExpr)) {
        ctx.refuse("'" + call + "' repeats per element, but its parameter types are not all class literals (they would"
            + " have to be part of the cache key)");
        continue;
      }
      if (!ReflectiveUses.safe(call, method, array)) {
        ctx.refuse("'" + call + "' repeats per element, but its result is compared, stored, returned, passed on or made"
            + " accessible later, where one shared " + member + " could be told apart from a fresh one");
        continue;
      }

      String base = method.getNameAsString() + member.replace("[]", "s");
      String cache = ctx.freshName(constant(base));
      String helper = ctx.freshName(base);
      addCache(ctx, cache, member, call.getNameAsString());
      ctx.addMethod(helper(call, member, paramTypes, cache, helper, isRecordLiteral(scope)));
      NodeList<Expression> helperArgs = new NodeList<>(scope.clone());
      if (named) {
        helperArgs.add(args.get(0).clone());
        ctx.importType("java.util.Objects");
      }
      String before = call.toString();
      call.replace(new MethodCallExpr(null, helper, helperArgs));
      done.add("'" + before + "' -> " + helper + " (cached in " + cache + ")");
    }
  }

  private static void addCache(RecipeContext ctx, String cache, String member, String lookup) {
    String value = member.equals("Constructor") ? "Constructor<?>" : member;
    ctx.importType("java.lang.reflect." + member.replace("[]", ""));
    if (member.endsWith("[]")) {
      // The array lookups take no name: one value per class, computed by the original call.
      ctx.addConstant("ClassValue<" + member + ">", cache,
          "new ClassValue<" + member + ">() {\n"
              + "  @Override\n"
              + "  protected " + member + " computeValue(Class<?> type) {\n"
              + "    return type." + lookup + "();\n"
              + "  }\n"
              + "}");
      return;
    }
    ctx.importType("java.util.Map");
    ctx.importType("java.util.concurrent.ConcurrentHashMap");
    ctx.addConstant("ClassValue<Map<String, " + value + ">>", cache,
        "new ClassValue<Map<String, " + value + ">>() {\n"
            + "  @Override\n"
            + "  protected Map<String, " + value + "> computeValue(Class<?> type) {\n"
            + "    return new ConcurrentHashMap<>();\n"
            + "  }\n"
            + "}");
  }

  /**
   * The lookup helper. Its checked exceptions are those of the JDK lookup, so the call site's
   * {@code catch} clauses stay valid; a miss runs the original lookup, which throws as before.
   */
  private static MethodDeclaration helper(MethodCallExpr call, String member, List<Expression> paramTypes,
      String cache, String helper, boolean nonNullComponents) {
    String lookup = call.getNameAsString();
    String types = paramTypes.stream().map(Expression::toString).collect(Collectors.joining(", "));
    String throwsClause = switch (member) {
      case "Method", "Constructor" -> " throws NoSuchMethodException";
      case "Field" -> " throws NoSuchFieldException";
      default -> "";
    };
    String text;
    if (member.endsWith("[]")) {
      // Only getRecordComponents can answer null (not a record); the branch is written only then.
      String copy = lookup.equals("getRecordComponents") && !nonNullComponents ? "found == null ? null : found.clone()" : "found.clone()";
      text = "private static " + member + " " + helper + "(Class<?> type) {\n"
          + "  " + member + " found = " + cache + ".get(type);\n"
          + "  return " + copy + ";\n"
          + "}";
    } else if (member.equals("Constructor")) {
      text = "@SuppressWarnings(\"unchecked\")\n"
          + "private static <T> Constructor<T> " + helper + "(Class<T> type)" + throwsClause + " {\n"
          + "  Map<String, Constructor<?>> cache = " + cache + ".get(type);\n"
          + "  Constructor<?> found = cache.get(\"\");\n"
          + "  if (found == null) {\n"
          + "    found = type." + lookup + "(" + types + ");\n"
          + "    cache.put(\"\", found);\n"
          + "  }\n"
          + "  return (Constructor<T>) found;\n"
          + "}";
    } else {
      String lookupArgs = "name" + (types.isEmpty() ? "" : ", " + types);
      text = "private static " + member + " " + helper + "(Class<?> type, String name)" + throwsClause + " {\n"
          + "  Map<String, " + member + "> cache = " + cache + ".get(type);\n"
          + "  " + member + " found = cache.get(Objects.requireNonNull(name));\n"
          + "  if (found == null) {\n"
          + "    found = type." + lookup + "(" + lookupArgs + ");\n"
          + "    cache.put(name, found);\n"
          + "  }\n"
          + "  return found;\n"
          + "}";
    }
    return StaticJavaParser.parseBodyDeclaration(text).asMethodDeclaration();
  }

  /** {@code R.class} where {@code R} resolves to a record: its components are never null. */
  private static boolean isRecordLiteral(Expression scope) {
    if (!(scope instanceof ClassExpr c)) return false;
    try {
      return c.getType().resolve().asReferenceType().getTypeDeclaration().map(d -> d.isRecord()).orElse(false);
    } catch (RuntimeException | StackOverflowError e) {
      return false;
    }
  }

  private static String constant(String camel) {
    return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT) + "_CACHE";
  }
}
