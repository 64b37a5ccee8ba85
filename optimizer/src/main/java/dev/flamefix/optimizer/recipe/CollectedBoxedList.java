package dev.flamefix.optimizer.recipe;

import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.DoubleLiteralExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import dev.flamefix.kb.ast.Variables;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The collected-list shape of {@code stream-boxing}: {@code List<Double> v =
 * s.map(f).collect(Collectors.toList())} (or {@code .toList()}), where {@code f} returns a
 * primitive {@code double}, read afterwards only through {@code v.isEmpty()}, {@code v.size()} and
 * {@code v.stream()} reductions, becomes {@code double[] v = s.mapToDouble(f).toArray()} with
 * {@code v.length} and {@code Arrays.stream(v)} ({@code Integer}/{@code int} and {@code Long}/{@code
 * long} alike).
 *
 * <p>Preconditions, each needed for bit-identical results: {@code v} is a unique local declared
 * {@code List<Double|Integer|Long>} (not {@code var}), never reassigned, not read before its
 * declaration ends nor in a lambda or local class, never passed anywhere (so the list does not
 * escape); {@code s} is a sequential {@code java.util.stream.Stream} (no {@code parallel}); {@code
 * f}'s result is the primitive itself, so no element is null and unboxing cannot throw later
 * (a boxed result could be null and would throw at collection time instead). Each {@code
 * v.stream()} chain, up to the first {@code mapToX} (after which it is a primitive stream in both),
 * consists of {@code filter(p)} and {@code map(g)} with implicitly typed lambdas that use the
 * element only where a primitive behaves as the unboxed box (arithmetic, ordering, sign, {@code
 * Math} argument, {@code ==} against a primitive), {@code g} yielding the same primitive, and ends
 * in one of: {@code count()}; {@code anyMatch/allMatch/noneMatch(p)}; {@code mapToX(..)} (an
 * unboxing {@code Double::doubleValue}/{@code x -> x} of the same kind is dropped, a same-kind
 * mapper becomes {@code map}); {@code reduce(literal, X::sum | (a, b) -> a + b)}, whose boxed result
 * must be used as a primitive ({@code DoubleStream.reduce} folds left from the identity exactly
 * as the boxed reduce does; {@code DoubleStream.sum()} would compensate and is not used); {@code
 * max/min(X::compare | X::compareTo | Comparator.naturalOrder())} immediately followed by {@code
 * orElse(primitive)}, {@code orElseThrow()} or {@code get()} used as a primitive, or {@code
 * isPresent()/isEmpty()}. Doubles keep the boxed comparator's semantics through {@code
 * reduce((a, b) -> Double.compare(a, b) >= 0 ? a : b)} ({@code BinaryOperator.maxBy}; {@code
 * <= 0} for {@code minBy}), not {@code DoubleStream.max/min} ({@code Math.min} propagates NaN where
 * {@code Double.compare} orders it last); ints and longs use {@code max()/min()} (equal values are
 * identical, so which of the equals is kept does not show).
 */
final class CollectedBoxedList {
  private static final Map<String, String> PRIMITIVE = Map.of("java.lang.Double", "double", "java.lang.Integer", "int",
      "java.lang.Long", "long");
  private static final Map<String, String> KIND = Map.of("double", "Double", "int", "Int", "long", "Long");
  private static final Set<String> PRIMITIVES = Set.of("int", "long", "double", "float", "short", "byte", "char");

  private CollectedBoxedList() {}

  /** Rewrites the first collected boxed list of {@code method} that qualifies; what changed, or empty. */
  static Optional<String> apply(MethodDeclaration method, RecipeContext ctx) {
    for (VariableDeclarator v : method.findAll(VariableDeclarator.class)) {
      Optional<String> done = rewrite(v, method, ctx);
      if (done.isPresent()) return done;
    }
    return Optional.empty();
  }

  private static Optional<String> rewrite(VariableDeclarator v, MethodDeclaration method, RecipeContext ctx) {
    if (v.getInitializer().isEmpty() || v.getType().isVarType() || !(v.getParentNode().orElse(null) instanceof VariableDeclarationExpr vde)
        || vde.getVariables().size() != 1 || !(vde.getParentNode().orElse(null) instanceof ExpressionStmt decl)) return Optional.empty();
    String prim = elementPrimitive(v);
    if (prim == null) return Optional.empty();
    String name = v.getNameAsString();
    if (Variables.uniqueLocal(method, name).isEmpty() || Variables.isWrittenIn(method, name)) return Optional.empty();
    MethodCallExpr map = collectedMap(v.getInitializer().get());
    if (map == null || !sequentialStream(map.getScope().get()) || !yields(map.getArgument(0), prim)) return Optional.empty();

    List<Runnable> edits = new ArrayList<>();
    for (NameExpr u : Variables.uses(method, name)) {
      if (Ast.isInside(u, decl)) return Optional.empty();
      if (Ast.inDeferredCode(u, method) || u.getBegin().isEmpty() || decl.getEnd().isEmpty()
          || !u.getBegin().get().isAfter(decl.getEnd().get())) return Optional.empty();
      MethodCallExpr call = Ast.callOn(u).filter(c -> c.getArguments().isEmpty()).orElse(null);
      if (call == null) return Optional.empty();
      switch (call.getNameAsString()) {
        case "isEmpty" -> edits.add(() -> call.replace(StaticJavaParser.parseExpression("(" + name + ".length == 0)")));
        case "size" -> edits.add(() -> call.replace(new FieldAccessExpr(new NameExpr(name), "length")));
        case "stream" -> {
          Runnable edit = chain(call, prim, method, ctx);
          if (edit == null) return Optional.empty();
          edits.add(edit);
        }
        default -> {
          return Optional.empty();
        }
      }
    }
    String before = v.getInitializer().get().toString();
    ctx.importType("java.util.Arrays");
    edits.forEach(Runnable::run);
    MethodCallExpr toPrimitive = new MethodCallExpr(map.getScope().get().clone(), "mapTo" + KIND.get(prim), new NodeList<>(map.getArgument(0).clone()));
    // The declaration is replaced whole: the lexical printer cannot retype a declarator in place.
    vde.replace(new VariableDeclarationExpr(vde.getModifiers(), new NodeList<>(new VariableDeclarator(
        StaticJavaParser.parseType(prim + "[]"), name, new MethodCallExpr(toPrimitive, "toArray")))));
    return Optional.of("'" + name + " = " + before + "' boxed every element into a list that was only counted and streamed;"
        + " it is now a " + prim + "[] and its streams are primitive, reducing in the same order with the same operations"
        + " (no compensated sum, the boxed comparator's max/min).");
  }

  /** {@code int}/{@code long}/{@code double} for a declared {@code List<Integer|Long|Double>}, else null. */
  private static String elementPrimitive(VariableDeclarator v) {
    String t = v.getType().asString();
    if (!Set.of("List", "java.util.List").contains(Ast.erasure(t)) || Ast.typeArguments(t).size() != 1) return null;
    String arg = Ast.typeArguments(t).get(0);
    return PRIMITIVE.get(arg.startsWith("java.lang.") ? arg : "java.lang." + arg);
  }

  /** The {@code map(f)} of {@code s.map(f).collect(Collectors.toList())} or {@code s.map(f).toList()}; else null. */
  private static MethodCallExpr collectedMap(Expression init) {
    if (!(init instanceof MethodCallExpr end) || end.getScope().isEmpty()) return null;
    boolean collected = end.getNameAsString().equals("toList") && end.getArguments().isEmpty()
        || end.getNameAsString().equals("collect") && end.getArguments().size() == 1 && end.getArgument(0) instanceof MethodCallExpr c
            && c.getNameAsString().equals("toList") && c.getArguments().isEmpty()
            && c.getScope().map(s -> s.toString().equals("Collectors") || s.toString().equals("java.util.stream.Collectors")).orElse(false);
    if (!collected || !(end.getScope().get() instanceof MethodCallExpr map) || !map.getNameAsString().equals("map")
        || map.getArguments().size() != 1 || map.getScope().isEmpty()) return null;
    return map;
  }

  /**
   * A {@code java.util.stream.Stream} built by the JDK ({@code Collection.stream()}, {@code
   * Arrays.stream}, {@code Stream.of} and JDK stages) that never turns parallel or unordered: its
   * {@code mapToX(f).toArray()} applies {@code f} in the same order as {@code map(f).collect(..)}.
   */
  private static boolean sequentialStream(Expression s) {
    return Ast.typeOf(s).map(t -> t.startsWith("java.util.stream.Stream<")).orElse(false) && MinMaxBySortingRecipe.sequential(s);
  }

  /** {@code f} (an expression lambda or a method reference) returns exactly the primitive {@code prim}. */
  private static boolean yields(Expression f, String prim) {
    if (f instanceof LambdaExpr l && l.getParameters().size() == 1 && l.getExpressionBody().isPresent()) {
      return Ast.typeOf(l.getExpressionBody().get()).map(prim::equals).orElse(false);
    }
    if (f instanceof MethodReferenceExpr ref) {
      try {
        return ref.resolve().getReturnType().describe().equals(prim);
      } catch (RuntimeException | StackOverflowError e) {
        return false;
      }
    }
    return false;
  }

  /**
   * The edit turning the chain that starts at {@code v.stream()} primitive, or null when some
   * operation's meaning could depend on boxing (see the class comment).
   */
  private static Runnable chain(MethodCallExpr stream, String prim, MethodDeclaration method, RecipeContext ctx) {
    String kind = KIND.get(prim);
    List<Runnable> edits = new ArrayList<>();
    MethodCallExpr op = stream;
    while (true) {
      MethodCallExpr next = Ast.callOn(op).orElse(null);
      if (next == null) return null;
      String n = next.getNameAsString();
      int args = next.getArguments().size();
      if (n.equals("filter") && args == 1 && BoxedReduction.samePredicateOnPrimitives(next.getArgument(0))) {
        op = next;
        continue;
      }
      if (n.equals("map") && args == 1 && BoxedReduction.samePredicateOnPrimitives(next.getArgument(0))
          && (yields(next.getArgument(0), prim) || arithmetic(next, prim))) {
        op = next;
        continue;
      }
      if (n.equals("count") && args == 0 || Set.of("anyMatch", "allMatch", "noneMatch").contains(n) && args == 1
          && BoxedReduction.samePredicateOnPrimitives(next.getArgument(0))) {
        break;
      }
      if (n.startsWith("mapTo") && args == 1) {
        Expression f = next.getArgument(0);
        if (n.equals("mapTo" + kind) && BoxedReduction.isUnboxing(f, kind)) {
          MethodCallExpr unboxing = next;
          edits.add(() -> unboxing.replace(unboxing.getScope().get()));
          break;
        }
        if (!Set.of("mapToInt", "mapToLong", "mapToDouble").contains(n) || !BoxedReduction.samePredicateOnPrimitives(f)) return null;
        if (n.equals("mapTo" + kind)) {
          MethodCallExpr same = next;
          edits.add(() -> same.setName("map"));
        }
        break;
      }
      if (n.equals("reduce") && args == 2 && isLiteral(next.getArgument(0)) && BoxedReduction.isSum(next.getArgument(1), kind)
          && StreamBoxingRecipe.usedAsPrimitive(next, method)) {
        break;
      }
      if ((n.equals("max") || n.equals("min")) && args == 1 && naturalComparator(next.getArgument(0), kind)
          && optionalUsedAsPrimitive(next, method)) {
        MethodCallExpr extreme = next;
        boolean max = n.equals("max");
        edits.add(() -> {
          Optional<MethodCallExpr> get = Ast.callOn(extreme).filter(c -> c.getNameAsString().equals("get"));
          if (kind.equals("Double")) {
            String a = ctx.freshName("a");
            String b = ctx.freshName("b");
            extreme.setName("reduce");
            extreme.getArguments().set(0, StaticJavaParser.parseExpression("(" + a + ", " + b + ") -> Double.compare(" + a + ", " + b + ") "
                + (max ? ">=" : "<=") + " 0 ? " + a + " : " + b));
          } else {
            extreme.getArguments().clear();
          }
          get.ifPresent(g -> g.setName("getAs" + kind));
        });
        break;
      }
      return null;
    }
    return () -> {
      edits.forEach(Runnable::run);
      stream.replace(new MethodCallExpr(new NameExpr("Arrays"), "stream", new NodeList<>(stream.getScope().get().clone())));
    };
  }

  /**
   * {@code map(x -> <arithmetic>)} whose body, typed by numeric promotion with {@code x} as {@code
   * prim}, is {@code prim} again: a numeric operator always yields a primitive, so no element of the
   * mapped stream is null. (The solver does not type the body when the lambda's parameter is
   * implicit and the stream's element type comes from the list.)
   */
  private static boolean arithmetic(MethodCallExpr map, String prim) {
    if (!(map.getArgument(0) instanceof LambdaExpr l) || l.getParameters().size() != 1 || l.getExpressionBody().isEmpty()) return false;
    return prim.equals(promoted(l.getExpressionBody().get(), l.getParameter(0).getNameAsString(), prim));
  }

  private static final List<String> WIDENING = List.of("int", "long", "float", "double");

  /** The primitive type of an arithmetic tree over the parameter {@code p} (of type {@code prim}) and typed operands; else null. */
  private static String promoted(Expression e, String p, String prim) {
    Expression x = Ast.unwrap(e);
    if (x instanceof NameExpr n && n.getNameAsString().equals(p)) return prim;
    if (x instanceof BinaryExpr b && Set.of(BinaryExpr.Operator.PLUS, BinaryExpr.Operator.MINUS, BinaryExpr.Operator.MULTIPLY,
        BinaryExpr.Operator.DIVIDE, BinaryExpr.Operator.REMAINDER).contains(b.getOperator())) {
      String l = promoted(b.getLeft(), p, prim);
      String r = promoted(b.getRight(), p, prim);
      if (l == null || r == null) return null;
      return WIDENING.get(Math.max(Math.max(WIDENING.indexOf(l), WIDENING.indexOf(r)), 0));
    }
    if (!x.findAll(NameExpr.class, n -> n.getNameAsString().equals(p)).isEmpty()) return null;
    String t = Ast.typeOf(x).orElse(null);
    if (t == null || !PRIMITIVES.contains(t) || t.equals("boolean")) return null;
    return Set.of("short", "byte", "char").contains(t) ? "int" : t;
  }

  private static boolean isLiteral(Expression e) {
    return e instanceof DoubleLiteralExpr || e instanceof IntegerLiteralExpr || e instanceof LongLiteralExpr;
  }

  /** {@code Double::compare}, {@code Double::compareTo} or {@code Comparator.naturalOrder()}: the box's own total order. */
  private static boolean naturalComparator(Expression cmp, String kind) {
    String box = BoxedReduction.boxedName(kind);
    if (cmp instanceof MethodReferenceExpr ref) {
      return ref.getScope().toString().equals(box) && Set.of("compare", "compareTo").contains(ref.getIdentifier());
    }
    return cmp instanceof MethodCallExpr c && c.getNameAsString().equals("naturalOrder") && c.getArguments().isEmpty()
        && c.getScope().map(s -> s.toString().equals("Comparator") || s.toString().equals("java.util.Comparator")).orElse(false);
  }

  /**
   * The {@code Optional} of {@code max/min} is consumed at once: {@code orElse(primitive)}, {@code
   * orElseThrow()} or {@code get()} whose value is used as a primitive, or {@code isPresent()}/{@code
   * isEmpty()}.
   */
  private static boolean optionalUsedAsPrimitive(MethodCallExpr extreme, MethodDeclaration method) {
    MethodCallExpr use = Ast.callOn(extreme).orElse(null);
    if (use == null) return false;
    String n = use.getNameAsString();
    if ((n.equals("isPresent") || n.equals("isEmpty")) && use.getArguments().isEmpty()) return true;
    boolean value = (n.equals("orElseThrow") || n.equals("get")) && use.getArguments().isEmpty()
        || n.equals("orElse") && use.getArguments().size() == 1 && Ast.typeOf(use.getArgument(0)).map(PRIMITIVES::contains).orElse(false);
    return value && StreamBoxingRecipe.usedAsPrimitive(use, method);
  }
}
