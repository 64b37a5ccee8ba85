package dev.flamefix.optimizer.recipe;

import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.resolution.declarations.ResolvedMethodDeclaration;
import dev.flamefix.kb.ast.Loops;
import dev.flamefix.kb.ast.Variables;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code nested-loop-join}: an inner loop over a collection that, for every outer element, looks
 * for inner elements with an equal key ({@code for (A a : as) for (B b : bs) if (key(a).equals(
 * key(b)) && ...) ...}) is O(|as|·|bs|). A {@code HashMap} from key to the inner elements with
 * that key (each group in the collection's order) is built once before the outer loop, and the
 * inner loop walks only the group; the original test stays in place.
 *
 * <p>Preconditions (they make the skipped pairs exactly the pairs whose test was false, with
 * nothing observable done for them):
 *
 * <ul>
 *   <li>the inner loop is an enhanced {@code for} over a parameter or local collection ({@code
 *       List/Collection/Set} and their JDK classes) that is never reassigned and appears in the
 *       outer loop only as that loop's source;
 *   <li>the inner body is pure local declarations (arithmetic without division over literals,
 *       primitive variables and record accessors on the element or on the outer key's root) followed by one {@code if} without {@code else} whose condition is the key test
 *       or starts with it ({@code test && rest}), so the rest is evaluated only for matching pairs
 *       (see {@link JoinKey} for the accepted tests);
 *   <li>the inner key is the element, a record component or a final field (it cannot change while
 *       the loops run), and the key type is a JDK value type or an enum (hash agrees with equals);
 *       the outer key is a pure read not written in the inner loop, so evaluating it once per outer
 *       element is the same;
 *   <li>the outer loop makes no unqualified/{@code this} calls, and calls with arguments only on
 *       {@code String}, {@code Math}, {@code Objects}, boxed types or collections created in this
 *       method, or are JDK collection reads ({@code get/contains/getOrDefault}), so nothing can
 *       modify the inner collection through an alias; and when the inner source is a local not
 *       created with {@code new} (it could be, or view, a collection the method created), the
 *       outer loop changes no collection the method created;
 *   <li>nulls: a null element, or a null inner key when the inner key's {@code equals} is called,
 *       makes the index unusable (the original loop runs unchanged); a null outer key with {@code
 *       ka.equals} also runs the original loop, which throws as before.
 * </ul>
 *
 * <p>Other shapes of the same join: a first-match search helper called per element ({@link
 * SearchHelperJoin}) and {@code src.stream().filter(b -> test).findFirst()} / {@code anyMatch} /
 * {@code noneMatch} in a loop ({@link StreamSearchJoin}), each with its preconditions.
 */
public final class NestedLoopJoinRecipe implements Recipe {
  private static final Set<String> COLLECTIONS = Set.of("List", "ArrayList", "LinkedList", "Collection", "Set", "HashSet",
      "LinkedHashSet", "TreeSet");
  private static final Set<String> HARMLESS_OWNERS = Set.of("java.lang.String", "java.lang.Math", "java.util.Objects",
      "java.lang.Integer", "java.lang.Long", "java.lang.Double", "java.lang.Character", "java.lang.Boolean");
  private static final Set<String> READS = Set.of("get", "contains", "containsKey", "getOrDefault", "indexOf", "size", "isEmpty");
  private static final Set<String> FRESH_CLASSES = Set.of("StringBuilder", "ArrayList", "HashMap", "HashSet", "LinkedHashMap",
      "LinkedHashSet", "TreeMap", "TreeSet", "ArrayDeque", "LinkedList");

  @Override
  public String id() {
    return "nested-loop-join";
  }

  @Override
  public String description() {
    return "inner loop looking for equal keys -> HashMap from key to inner elements, built once";
  }

  @Override
  public Optional<String> apply(MethodDeclaration method, RecipeContext ctx) {
    for (ForEachStmt inner : method.findAll(ForEachStmt.class)) {
      Optional<String> done = tryJoin(method, inner, ctx);
      if (done.isPresent()) return done;
    }
    Optional<String> helper = SearchHelperJoin.apply(method, ctx);
    return helper.isPresent() ? helper : StreamSearchJoin.apply(method, ctx);
  }

  private Optional<String> tryJoin(MethodDeclaration method, ForEachStmt inner, RecipeContext ctx) {
    if (!(inner.getIterable() instanceof NameExpr source) || Ast.inDeferredCode(inner, method)) return Optional.empty();
    VariableDeclarator elementVar = inner.getVariable().getVariables().get(0);
    if (inner.getVariable().getVariables().size() != 1 || elementVar.getType().isVarType()) return Optional.empty();
    String b = elementVar.getNameAsString();
    Optional<Node> outerLoop = Loops.enclosing(inner, method);
    if (outerLoop.isEmpty() || !(outerLoop.get().getParentNode().orElse(null) instanceof BlockStmt block)) return Optional.empty();
    Statement outer = (Statement) outerLoop.get();
    String src = source.getNameAsString();
    if (!isCollectionVariable(method, src) || Variables.isWrittenIn(method, src)) return Optional.empty();
    if (Variables.uses(outer, src).size() != 1 || Variables.isDeclaredIn(outer, src)) return Optional.empty();
    if (!onlyHarmlessCalls(method, outer)) return Optional.empty();
    if (mayViewAGrowingLocal(method, src, outer)) {
      return ctx.refuse("'" + src + "' may share its list with another variable (initialised from one), and the loop"
          + " changes a collection created in this method, which could be that list");
    }

    List<Statement> body = inner.getBody() instanceof BlockStmt bb ? bb.getStatements() : List.of(inner.getBody());
    if (body.isEmpty() || !(body.get(body.size() - 1) instanceof IfStmt test) || test.getElseStmt().isPresent()) return Optional.empty();
    Optional<JoinKey> key = JoinKey.of(firstConjunct(test.getCondition()), b, inner, true);
    if (key.isEmpty()) return Optional.empty();
    JoinKey k = key.get();
    // Accessors in the declarations may only be called on b (null elements take the original loop) or on
    // the outer key's root (if that is null, evaluating the outer key throws the same exception).
    Set<String> receivers = Set.of(b, rootName(k.outerKey()));
    for (Statement s : body.subList(0, body.size() - 1)) {
      if (!isPureDeclaration(s, receivers)) return Optional.empty();
    }

    String elementType = elementVar.getType().toString();
    String index = ctx.freshName(src + "By" + capitalize(keyName(k.innerKey())));
    String param = ctx.freshName("key");
    // equalsIgnoreCase: grouped in a TreeMap ordered by String.CASE_INSENSITIVE_ORDER. Both are defined
    // on the same fold (Character.toLowerCase(Character.toUpperCase(cp)) per code point), so keys equal
    // ignoring case compare as 0 and share a group; the original test still decides within it. The
    // comparator throws on null, so a null inner key or probe takes the original loop.
    String nullCheck = k.form() == JoinKey.Form.INNER_EQUALS || k.ignoreCase()
        ? b + " == null || " + k.innerKey() + " == null" : b + " == null";
    BlockStmt build = StaticJavaParser.parseBlock("{\n"
        + "Map<" + k.keyType() + ", List<" + elementType + ">> " + index + " = "
        + (k.ignoreCase() ? "new TreeMap<>(String.CASE_INSENSITIVE_ORDER)" : "new HashMap<>()") + ";\n"
        + "for (" + elementType + " " + b + " : " + src + ") {\n"
        + "  if (" + nullCheck + ") {\n"
        + "    " + index + " = null;\n"
        + "    break;\n"
        + "  }\n"
        + "  " + index + ".computeIfAbsent(" + k.innerKey() + ", " + param + " -> new ArrayList<>()).add(" + b + ");\n"
        + "}\n"
        + "}");
    // An empty source must not evaluate the outer key either (the original never did).
    // A null outer key throws in the original (OUTER_EQUALS) or cannot be looked up in the TreeMap: the
    // original loop takes it, unless it is a String that cannot be null (a test no input could make true).
    boolean nullProbe = (k.form() == JoinKey.Form.OUTER_EQUALS || k.ignoreCase()) && !Nullness.neverNull(k.outerKey(), method);
    String fallback = index + " == null || " + index + ".isEmpty()" + (nullProbe ? " || " + k.outerKey() + " == null" : "");
    inner.setIterable(StaticJavaParser.parseExpression(
        fallback + " ? " + src + " : " + index + ".getOrDefault(" + k.outerKey() + ", List.of())"));
    int at = block.getStatements().indexOf(outer);
    block.addStatement(at, build.getStatement(1));
    block.addStatement(at, build.getStatement(0));
    ctx.importType("java.util.Map");
    ctx.importType(k.ignoreCase() ? "java.util.TreeMap" : "java.util.HashMap");
    ctx.importType("java.util.List");
    ctx.importType("java.util.ArrayList");
    return Optional.of("The loop over '" + src + "' looked, for every outer element, at every element for one whose "
        + k.innerKey() + (k.ignoreCase() ? " equals, ignoring case, " : " equals ") + k.outerKey() + "; '" + index
        + "' (built once before the outer loop, each group in '"
        + src + "' order) hands the inner loop only the elements with that key, and the original test still runs on"
        + " them. Skipped pairs are exactly those whose test was false ("
        + (k.ignoreCase() ? "strings equal ignoring case compare as equal under String.CASE_INSENSITIVE_ORDER, both"
            + " being defined on the same per-character case fold" : k.keyType() + " hashes consistently with equals")
        + "; the inner key cannot change during the loops; nothing before the test has effects). A null element"
        + (k.form() == JoinKey.Form.INNER_EQUALS ? " or null inner key" : "")
        + (k.ignoreCase() ? ", a null key or a null probe" : "")
        + " falls back to the original loop.");
  }



  static boolean isCollectionVariable(MethodDeclaration method, String name) {
    String declared = null;
    for (Parameter p : method.getParameters()) if (p.getNameAsString().equals(name)) declared = p.getType().asString();
    if (declared == null) {
      Optional<VariableDeclarator> v = Variables.uniqueLocal(method, name);
      if (v.isEmpty() || v.get().getType().isVarType()) return false;
      declared = v.get().getType().asString();
    }
    return COLLECTIONS.contains(Ast.erasure(declared).replace("java.util.", ""));
  }

  private static Expression firstConjunct(Expression cond) {
    Expression x = Ast.unwrap(cond);
    while (x instanceof BinaryExpr be && be.getOperator() == BinaryExpr.Operator.AND) x = Ast.unwrap(be.getLeft());
    return x;
  }

  /** {@code T x = <arithmetic over literals and pure reads>;}: no effects, cannot throw. */
  private static boolean isPureDeclaration(Statement s, Set<String> receivers) {
    if (!(s instanceof ExpressionStmt es) || !(es.getExpression() instanceof VariableDeclarationExpr vde)) return false;
    for (VariableDeclarator v : vde.getVariables()) {
      if (v.getInitializer().isEmpty() || !v.getType().isPrimitiveType() || !pureArithmetic(v.getInitializer().get(), receivers)) return false;
    }
    return true;
  }

  private static boolean pureArithmetic(Expression e, Set<String> receivers) {
    Expression x = Ast.unwrap(e);
    if (x instanceof LiteralExpr) return true;
    if (x instanceof UnaryExpr u && u.getOperator() == UnaryExpr.Operator.MINUS) return pureArithmetic(u.getExpression(), receivers);
    if (x instanceof BinaryExpr b) {
      return switch (b.getOperator()) {
        case PLUS, MINUS, MULTIPLY -> pureArithmetic(b.getLeft(), receivers) && pureArithmetic(b.getRight(), receivers);
        default -> false;
      };
    }
    // Only primitive reads: unboxing a null would throw, and only record accessors are known not to fail.
    boolean primitive = Ast.typeOf(x).map(t -> !t.contains(".")).orElse(false);
    if (x instanceof NameExpr) return primitive;
    return primitive && x instanceof MethodCallExpr c
        && c.getScope().map(s -> s instanceof NameExpr n && receivers.contains(n.getNameAsString())).orElse(false)
        && PureReads.isRecordAccessor(c);
  }

  /**
   * No call in the loop can reach the inner collection: no unqualified/{@code this} calls; a call
   * with arguments is on a JDK value class or on a collection/builder created in this method.
   */
  private static boolean onlyHarmlessCalls(MethodDeclaration method, Node loop) {
    return onlyHarmlessCalls(method, loop, c -> false);
  }

  /** As above, except for the calls {@code exempt} accepts (checked by the caller). */
  static boolean onlyHarmlessCalls(MethodDeclaration method, Node loop, java.util.function.Predicate<MethodCallExpr> exempt) {
    for (MethodCallExpr c : loop.findAll(MethodCallExpr.class)) {
      if (exempt.test(c)) continue;
      if (c.getScope().isEmpty() || c.getScope().get().isThisExpr()) return false;
      if (PureReads.isRecordAccessor(c) || onFreshLocal(method, c)) continue;
      Optional<String> owner = ownerOf(c);
      if (owner.map(HARMLESS_OWNERS::contains).orElse(false)) continue;
      if (READS.contains(c.getNameAsString()) && owner.map(o -> o.startsWith("java.util.")).orElse(false)) continue;
      return false;
    }
    return true;
  }

  private static Optional<String> ownerOf(MethodCallExpr c) {
    try {
      ResolvedMethodDeclaration d = c.resolve();
      return Optional.of(d.declaringType().getQualifiedName());
    } catch (RuntimeException | StackOverflowError e) {
      return Optional.empty();
    }
  }

  /**
   * The only calls {@link #onlyHarmlessCalls} lets change anything are those on collections the
   * method created; the inner source can be one of them (or a view of one) only if it is a local
   * initialised from something other than {@code new}. A parameter existed before any of them.
   */
  static boolean mayViewAGrowingLocal(MethodDeclaration method, String src, Node loop) {
    if (createdHere(method, src)) return false;
    return loop.findAll(MethodCallExpr.class).stream()
        .anyMatch(c -> onFreshLocal(method, c) && !READS.contains(c.getNameAsString()));
  }

  /** A parameter, or a local created with {@code new}: it cannot be a collection or array the method made. */
  static boolean createdHere(MethodDeclaration method, String name) {
    if (method.getParameters().stream().anyMatch(p -> p.getNameAsString().equals(name))) return true;
    return Variables.uniqueLocal(method, name).flatMap(VariableDeclarator::getInitializer)
        .map(i -> i instanceof ObjectCreationExpr || i instanceof com.github.javaparser.ast.expr.ArrayCreationExpr
            || i instanceof com.github.javaparser.ast.expr.ArrayInitializerExpr).orElse(false);
  }

  private static boolean onFreshLocal(MethodDeclaration method, MethodCallExpr c) {
    if (!(c.getScope().orElse(null) instanceof NameExpr n)) return false;
    return Variables.uniqueLocal(method, n.getNameAsString()).flatMap(VariableDeclarator::getInitializer)
        .map(i -> i instanceof ObjectCreationExpr oc && FRESH_CLASSES.contains(oc.getType().getNameAsString())).orElse(false);
  }

  /** The variable an accessor chain starts from ({@code a} in {@code a.b().c()}), or "" if none. */
  private static String rootName(Expression e) {
    Expression x = Ast.unwrap(e);
    while (x instanceof MethodCallExpr c && c.getScope().isPresent()) x = Ast.unwrap(c.getScope().get());
    while (x instanceof com.github.javaparser.ast.expr.FieldAccessExpr f) x = Ast.unwrap(f.getScope());
    return x instanceof NameExpr n ? n.getNameAsString() : "";
  }

  static String keyName(Expression innerKey) {
    if (innerKey instanceof MethodCallExpr c) return c.getNameAsString();
    if (innerKey instanceof com.github.javaparser.ast.expr.FieldAccessExpr f) return f.getNameAsString();
    return "Key";
  }

  static String capitalize(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
