package dev.flamefix.optimizer.recipe;

import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import com.github.javaparser.resolution.types.ResolvedType;
import dev.flamefix.kb.ast.Loops;
import dev.flamefix.kb.ast.Variables;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The stream shape of {@code nested-loop-join}: inside a loop, {@code src.stream().filter(b ->
 * TEST).findFirst()} (or {@code src.stream().anyMatch(b -> TEST)} / {@code noneMatch}) where
 * {@code TEST} is exactly a {@link JoinKey} test between the element and a key computed outside the
 * lambda. A map from key to the FIRST element with that key is built once before the outermost
 * loop ({@link SearchHelperJoin#addFirstByKeyBuilder}); the search becomes {@code idx == null ||
 * idx.isEmpty() [|| ka == null] ? <original> : Optional.ofNullable(idx.get(ka))} ({@code
 * idx.containsKey(ka)} for {@code anyMatch}, negated for {@code noneMatch}).
 *
 * <p>Why each check: {@code src} is a parameter or a local declared before the loop and
 * initialised with {@code new}, a JDK {@code List/Collection/Set} with an explicit element type,
 * never reassigned, used in the loop only by this search and in the method only as a call's
 * receiver or a for-each source (no other variable of the method can be the same list), and the loop holds no call that could reach it (no {@code this} or
 * unqualified calls, no method references, other calls only record accessors, JDK value-class
 * methods, JDK collection reads, {@code Optional} methods, or calls on collections created in the
 * method; objects created only of JDK classes or records without declared constructors), so the
 * list the map was built from is the list every search would have scanned. The key is a record
 * component or final field of a JDK value type or enum (equals/hashCode agree and cannot change).
 * Nulls: a null list, a null element or a null element key makes the map {@code null} and the
 * original stream runs (it throws, or not, exactly as before, at the element it reaches); an
 * empty list runs the original too (it never evaluated the outer key); with {@code kb.equals(ka)}
 * a null {@code ka} matches nothing in both; with {@code ka.equals(kb)} a null {@code ka} runs the
 * original, which throws.
 */
final class StreamSearchJoin {
  private static final Set<String> TERMINALS = Set.of("findFirst", "anyMatch", "noneMatch");

  private StreamSearchJoin() {}

  static Optional<String> apply(MethodDeclaration method, RecipeContext ctx) {
    for (MethodCallExpr terminal : method.findAll(MethodCallExpr.class)) {
      Optional<Search> search = Search.of(terminal);
      if (search.isEmpty() || Ast.inDeferredCode(terminal, method)) continue;
      Optional<Node> loop = Loops.outermost(terminal, method);
      if (loop.isEmpty() || !(loop.get().getParentNode().orElse(null) instanceof BlockStmt block)) continue;
      Optional<String> done = rewrite(method, search.get(), loop.get(), block, ctx);
      if (done.isPresent()) return done;
    }
    return Optional.empty();
  }

  /** {@code src.stream().filter(lambda).findFirst()} or {@code src.stream().anyMatch/noneMatch(lambda)}. */
  private record Search(MethodCallExpr terminal, NameExpr source, LambdaExpr lambda, StreamPredicates.Lambda predicate) {
    static Optional<Search> of(MethodCallExpr terminal) {
      String name = terminal.getNameAsString();
      if (!TERMINALS.contains(name) || !(terminal.getScope().orElse(null) instanceof MethodCallExpr before)) return Optional.empty();
      Expression lambdaArg;
      MethodCallExpr stream;
      if (name.equals("findFirst")) {
        if (!terminal.getArguments().isEmpty() || !before.getNameAsString().equals("filter") || before.getArguments().size() != 1
            || !(before.getScope().orElse(null) instanceof MethodCallExpr s)) return Optional.empty();
        lambdaArg = before.getArgument(0);
        stream = s;
      } else {
        if (terminal.getArguments().size() != 1) return Optional.empty();
        lambdaArg = terminal.getArgument(0);
        stream = before;
      }
      if (!stream.getNameAsString().equals("stream") || !stream.getArguments().isEmpty()
          || !(stream.getScope().orElse(null) instanceof NameExpr src) || !(lambdaArg instanceof LambdaExpr l)) return Optional.empty();
      if (!Ast.isJdkStreamStage(terminal)) return Optional.empty();
      return StreamPredicates.lambda(l).map(p -> new Search(terminal, src, l, p));
    }
  }

  private static Optional<String> rewrite(MethodDeclaration method, Search s, Node loop, BlockStmt block, RecipeContext ctx) {
    String src = s.source().getNameAsString();
    String shown = src + ".stream()..." + s.terminal().getNameAsString();
    Optional<JoinKey> key = JoinKey.of(s.predicate().body(), s.predicate().param(), s.lambda());
    if (key.isEmpty()) {
      return ctx.refuse("the predicate of '" + shown + "' is not exactly one key test (record component or final field of a"
          + " JDK value type or enum against a key computed outside the lambda)");
    }
    JoinKey k = key.get();
    if (!NestedLoopJoinRecipe.isCollectionVariable(method, src) || Variables.isWrittenIn(method, src)) {
      return ctx.refuse("'" + src + "' is not a List/Collection/Set parameter or local with a declared type that is never reassigned");
    }
    boolean param = method.getParameters().stream().anyMatch(p -> p.getNameAsString().equals(src));
    if (!param && Variables.uniqueLocal(method, src).map(v -> Ast.isInside(v, loop)).orElse(true)) {
      return ctx.refuse("'" + src + "' is declared inside the loop");
    }
    if (Variables.uses(loop, src).size() != 1) return ctx.refuse("'" + src + "' is used in the loop other than by the search");
    if (!unaliased(method, src, param)) {
      return ctx.refuse("'" + src + "' may share its list with another variable (initialised from one, or passed or assigned"
          + " somewhere), whose changes in the loop the checks would not see");
    }
    Optional<String> elementType = elementType(method, src);
    if (elementType.isEmpty()) return ctx.refuse("the element type of '" + src + "' is not a plain class type");
    if (!loop.findAll(MethodReferenceExpr.class).isEmpty()) {
      return ctx.refuse("the loop has a method reference, which could reach '" + src + "'");
    }
    List<MethodCallExpr> pipeline = pipeline(s);
    if (!NestedLoopJoinRecipe.onlyHarmlessCalls(method, loop, c -> pipeline.contains(c) || onOptional(c))) {
      return ctx.refuse("the loop calls a method that could change '" + src + "' while it runs");
    }
    if (!onlyHarmlessCreations(loop)) return ctx.refuse("the loop creates an object whose constructor could change '" + src + "'");

    String b = s.predicate().param();
    boolean primitiveKey = BOXED_PRIMITIVE_KEYS.contains(k.keyType()) && isPrimitive(k.innerKey());
    String index = ctx.freshName(src + "By" + NestedLoopJoinRecipe.capitalize(NestedLoopJoinRecipe.keyName(k.innerKey())));
    String build = ctx.freshName(src + "Index");
    String mapType = "Map<" + k.keyType() + ", " + elementType.get() + ">";
    SearchHelperJoin.addFirstByKeyBuilder(ctx, build, mapType, declaredType(method, src), elementType.get(), b,
        k.innerKey().toString(), primitiveKey);
    block.addStatement(block.getStatements().indexOf((Statement) loop),
        StaticJavaParser.parseStatement(mapType + " " + index + " = " + build + "(" + src + ");"));
    String ka = k.outerKey().toString();
    String fallback = index + " == null || " + index + ".isEmpty()" + (k.form() == JoinKey.Form.OUTER_EQUALS ? " || " + ka + " == null" : "");
    String lookup = switch (s.terminal().getNameAsString()) {
      case "findFirst" -> "Optional.ofNullable(" + index + ".get(" + ka + "))";
      case "anyMatch" -> index + ".containsKey(" + ka + ")";
      default -> "!" + index + ".containsKey(" + ka + ")";
    };
    s.terminal().replace(StaticJavaParser.parseExpression("(" + fallback + " ? " + s.terminal() + " : " + lookup + ")"));
    ctx.importType("java.util.Map");
    ctx.importType("java.util.HashMap");
    ctx.importType("java.util.Optional");
    return Optional.of("'" + shown + "' scanned '" + src + "' for an element whose " + k.innerKey() + " equals " + ka
        + ", once per loop iteration (a nested-loop join); '" + index + "' (built once before the loop, the FIRST element per key,"
        + " as the scan finds) answers in constant time. " + k.keyType() + " hashes consistently with equals, the key cannot"
        + " change, and nothing in the loop can change '" + src + "'; a null list, element or key, or an empty list, runs the"
        + " original stream" + (k.form() == JoinKey.Form.OUTER_EQUALS ? ", as does a null " + ka : "") + ".");
  }

  private static final Set<String> BOXED_PRIMITIVE_KEYS = Set.of("Integer", "Long", "Short", "Byte", "Character", "Boolean");

  private static boolean isPrimitive(Expression e) {
    try {
      return e.calculateResolvedType().isPrimitive();
    } catch (RuntimeException | StackOverflowError ex) {
      return false;
    }
  }

  /** The stream(), filter() and terminal calls of the search: they only read the list. */
  private static List<MethodCallExpr> pipeline(Search s) {
    MethodCallExpr before = (MethodCallExpr) s.terminal().getScope().orElseThrow();
    if (before.getNameAsString().equals("stream")) return List.of(s.terminal(), before);
    return List.of(s.terminal(), before, (MethodCallExpr) before.getScope().orElseThrow());
  }

  /** A method of {@code java.util.Optional}: it calls only the functions given to it, whose bodies are checked on their own. */
  private static boolean onOptional(MethodCallExpr c) {
    try {
      return c.resolve().declaringType().getQualifiedName().equals("java.util.Optional");
    } catch (RuntimeException | StackOverflowError e) {
      return false;
    }
  }

  /** Objects created in the loop are of JDK classes or records without a declared constructor (no code of the project runs). */
  static boolean onlyHarmlessCreations(Node loop) {
    for (ObjectCreationExpr o : loop.findAll(ObjectCreationExpr.class)) {
      if (o.getAnonymousClassBody().isPresent()) return false;
      try {
        var decl = o.getType().resolve().asReferenceType().getTypeDeclaration().orElse(null);
        if (decl == null) return false;
        if (decl.getQualifiedName().startsWith("java.")) continue;
        boolean plainRecord = decl.isRecord() && decl.toAst().map(n -> n instanceof com.github.javaparser.ast.body.RecordDeclaration r
            && r.getConstructors().isEmpty() && r.getCompactConstructors().isEmpty()).orElse(false);
        if (!plainRecord) return false;
      } catch (RuntimeException | StackOverflowError e) {
        return false;
      }
    }
    return true;
  }

  /**
   * No other variable of the method can name the same list: a local {@code src} is a new
   * collection, and every use of {@code src} is a call's receiver or a for-each source (never an
   * argument, an assigned value or a returned one), so a collection created in the method and
   * changed in the loop cannot be it.
   */
  private static boolean unaliased(MethodDeclaration method, String src, boolean param) {
    if (!param && !Variables.uniqueLocal(method, src).flatMap(VariableDeclarator::getInitializer)
        .map(i -> i instanceof ObjectCreationExpr).orElse(false)) return false;
    return Variables.uses(method, src).stream().allMatch(u -> Ast.callOn(u).isPresent()
        || u.getParentNode().orElse(null) instanceof com.github.javaparser.ast.stmt.ForEachStmt fe && fe.getIterable() == u);
  }

  private static String declaredType(MethodDeclaration method, String name) {
    for (Parameter p : method.getParameters()) if (p.getNameAsString().equals(name)) return p.getType().asString();
    return Variables.uniqueLocal(method, name).map(v -> v.getType().asString()).orElseThrow();
  }

  /** The single type argument of the source's declared type, if it is a class type the solver resolves (not a type variable). */
  private static Optional<String> elementType(MethodDeclaration method, String name) {
    Type declared = null;
    for (Parameter p : method.getParameters()) if (p.getNameAsString().equals(name)) declared = p.getType();
    if (declared == null) declared = Variables.uniqueLocal(method, name).map(VariableDeclarator::getType).orElse(null);
    if (!(declared instanceof ClassOrInterfaceType ct) || ct.getTypeArguments().map(a -> a.size() != 1).orElse(true)) return Optional.empty();
    Type arg = ct.getTypeArguments().get().get(0);
    if (!(arg instanceof ClassOrInterfaceType)) return Optional.empty();
    try {
      ResolvedType t = arg.resolve();
      if (!t.isReferenceType()) return Optional.empty();
    } catch (RuntimeException | StackOverflowError e) {
      return Optional.empty();
    }
    return Optional.of(arg.asString());
  }
}
