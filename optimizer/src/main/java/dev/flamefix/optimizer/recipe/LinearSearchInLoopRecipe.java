package dev.flamefix.optimizer.recipe;

import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.Statement;
import dev.flamefix.kb.ast.Loops;
import dev.flamefix.kb.ast.Variables;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code linear-search-in-loop}: {@code list.contains(x)} (or {@code list.indexOf(x) >= 0}, see
 * {@link IndexOfTest}) inside a loop becomes a lookup in a
 * {@code HashSet} built once, right before the outermost loop.
 *
 * <p>Preconditions:
 *
 * <ul>
 *   <li>{@code list} is a parameter or a local of declared type {@code List/ArrayList/LinkedList/
 *       Collection<E>} with {@code E} a JDK value type ({@code String}, boxed primitives, {@code
 *       UUID}, {@code BigInteger}, {@code BigDecimal} excluded since its equals/compareTo differ), so
 *       {@code equals} and {@code hashCode} agree and {@code HashSet.contains} answers exactly like
 *       {@code List.contains};
 *   <li>{@code list} is never reassigned; inside the loop it is only the receiver of {@code
 *       contains}; outside it is only read ({@code size/isEmpty/get/contains/indexOf}) or mutated in
 *       statements that run before the loop; it is never passed to another method or captured;
 *   <li>the loop makes no unqualified/{@code this} calls and every other call in it takes no
 *       arguments (accessors), so nothing in the loop can mutate {@code list} through an alias —
 *       this is the one assumption a syntactic check cannot prove (a zero-argument call on another
 *       object that mutates an alias of the list would break it);
 *   <li>if {@code list} may be null (a parameter) the set is built as {@code list == null ? null :
 *       new HashSet<>(list)}, so a null list still throws {@code NullPointerException} at the first
 *       {@code contains}, as before, and an empty loop still does not;
 *   <li>a list the method did not create with {@code new ArrayList/LinkedList} may be immutable, and
 *       {@code List.of(..).contains(null)} throws where {@code HashSet.contains(null)} answers
 *       false: a probe that may be null (not a literal, not primitive-typed) goes through a small
 *       added helper that asks the list itself when the probe is null;
 *   <li>a local not created with {@code new} could be (or view) a collection the method created,
 *       and the loop may change those (calls on them are allowed): refused when it does;
 *   <li>a parameter or local declared {@code Collection} (not created here as a list) may be a
 *       comparator-ordered {@code TreeSet}, whose {@code contains} is not {@code equals}: refused.
 * </ul>
 *
 * <p>The list may also be a field of the method's class that {@link ConfinedField} proves cannot
 * change during the loop (private; final or assigned only during construction; not shadowed; no
 * {@code this}, lambda or anonymous class in the method; loop calls only on locals/parameters,
 * with arguments only for {@code Math}/box statics). Then, in addition: the field is declared
 * {@code List/ArrayList/LinkedList} (a {@code Collection} could be a comparator-ordered set whose
 * {@code contains} is not equals-based), and either every value the class stores in it accepts a
 * null probe ({@code new ArrayList/LinkedList}, {@code Arrays.asList}) or every probe is a literal
 * or primitive-typed — {@code List.of(..).contains(null)} throws where the set answers false. The
 * set is {@code f == null ? null : new HashSet<>(f)}, so a null field still throws at the first
 * {@code contains}.
 *
 * <p>Arrays searched by a hand-written inner loop are handled by {@link ArraySearchLoop}.
 */
public final class LinearSearchInLoopRecipe implements Recipe {
  private static final Set<String> LIST_TYPES = Set.of("List", "ArrayList", "LinkedList", "Collection");
  private static final Set<String> FIELD_LIST_TYPES = Set.of("List", "ArrayList", "LinkedList");
  private static final Set<String> JDK_CLASSES = Set.of("StringBuilder", "ArrayList", "HashMap", "HashSet", "LinkedHashMap",
      "LinkedHashSet", "TreeMap", "TreeSet", "ArrayDeque", "LinkedList");
  private static final Set<String> READ_ONLY = Set.of("size", "isEmpty", "get", "contains", "indexOf", "lastIndexOf");

  @Override
  public String id() {
    return "linear-search-in-loop";
  }

  @Override
  public String description() {
    return "List.contains in a loop -> HashSet built once before the loop";
  }

  @Override
  public Optional<String> apply(MethodDeclaration method, RecipeContext ctx) {
    for (MethodCallExpr call : method.findAll(MethodCallExpr.class)) {
      boolean viaIndexOf = IndexOfTest.comparison(call).isPresent();
      if (!(call.getNameAsString().equals("contains") || viaIndexOf) || call.getArguments().size() != 1) continue;
      if (call.getScope().isEmpty() || !(call.getScope().get() instanceof NameExpr listRef)) continue;
      if (Ast.inDeferredCode(call, method)) continue;
      Optional<Node> loop = Loops.outermost(call, method);
      if (loop.isEmpty()) continue;
      String list = listRef.getNameAsString();
      boolean isParam = method.getParameters().stream().anyMatch(p -> p.getNameAsString().equals(list));
      Optional<VariableDeclarator> field = isParam || Variables.uniqueLocal(method, list).isPresent()
          ? Optional.empty() : ConfinedField.of(method, list);
      if (!isParam && Variables.uniqueLocal(method, list).isEmpty() && field.isEmpty()) continue;
      Optional<String> elementType = elementType(method, list, field);
      if (elementType.isEmpty()) continue;
      // A Collection field may hold a comparator-ordered set whose contains is not equals-based.
      if (field.isPresent() && !FIELD_LIST_TYPES.contains(Ast.erasure(field.get().getType().asString()).replace("java.util.", ""))) continue;
      if (Variables.isWrittenIn(method, list)) continue;
      if (!(loop.get().getParentNode().orElse(null) instanceof BlockStmt block)) continue;
      Statement loopStmt = (Statement) loop.get();
      int loopIndex = block.getStatements().indexOf(loopStmt);
      boolean ok = true;
      for (NameExpr use : Variables.uses(method, list)) {
        if (Ast.inDeferredCode(use, method) || Ast.isArgument(use)) { ok = false; break; }
        Optional<MethodCallExpr> on = Ast.callOn(use);
        if (Ast.isInside(use, loopStmt)) {
          if (on.isEmpty() || !isMembershipTest(on.get())) { ok = false; break; }
        } else if (on.isPresent() && !READ_ONLY.contains(on.get().getNameAsString())) {
          boolean before = block.getStatements().stream().limit(loopIndex).anyMatch(s -> Ast.isInside(use, s));
          if (!before) { ok = false; break; }
        } else if (on.isEmpty()) {
          ok = false;
          break;
        }
      }
      if (!ok || !ConfinedField.unreachableFrom(loopStmt, c -> isMembershipTestOn(c, list) || onFreshLocal(method, c, list))) continue;
      if (field.isPresent() && !(ConfinedField.callsOnlyOnLocals(method, loopStmt, list)
          && nullSafe(method, field.get(), loopStmt, list))) continue;
      if (!isParam && field.isEmpty() && !initializedWithNew(method, list) && loopStmt.findAll(MethodCallExpr.class).stream()
          .anyMatch(c -> onFreshLocal(method, c, list) && !READ_ONLY.contains(c.getNameAsString()))) {
        return ctx.refuse("'" + list + "' may share its list with another variable (initialised from one), and the loop"
            + " changes a collection created in this method, which could be that list");
      }
      if (field.isEmpty() && collectionOfUnknownKind(method, list)) {
        return ctx.refuse("'" + list + "' is declared as a Collection and may be a comparator-ordered set"
            + " (TreeSet), whose contains is not equals-based like a HashSet's");
      }

      String setName = ctx.freshName(list + "Set");
      boolean mayBeNull = isParam || field.isPresent() || !initializedWithNew(method, list);
      String init = mayBeNull ? list + " == null ? null : new HashSet<>(" + list + ")" : "new HashSet<>(" + list + ")";
      Statement decl = StaticJavaParser.parseStatement("Set<" + elementType.get() + "> " + setName + " = " + init + ";");
      // A list from the caller (or of unknown origin) may be immutable: List.of(..).contains(null)
      // throws where a HashSet answers false, so a probe that may be null is asked of the list.
      boolean askListForNull = field.isEmpty() && !acceptsNullProbeLocal(method, list);
      String nullAware = null;
      int contains = 0;
      for (MethodCallExpr c : loopStmt.findAll(MethodCallExpr.class)) {
        if (isMembershipTestOn(c, list)) {
          Optional<BinaryExpr> viaIndex = IndexOfTest.comparison(c);
          Expression probe = c.getArgument(0).clone();
          MethodCallExpr lookup = new MethodCallExpr(new NameExpr(setName), "contains", new NodeList<>(probe));
          if (askListForNull && !Nullness.neverNull(c.getArgument(0))) {
            if (nullAware == null) nullAware = addNullAwareContains(ctx);
            lookup = new MethodCallExpr(null, nullAware, new NodeList<>(new NameExpr(setName), new NameExpr(list), probe));
          }
          if (viaIndex.isPresent()) {
            viaIndex.get().replace(IndexOfTest.negated(viaIndex.get())
                ? new UnaryExpr(new EnclosedExpr(lookup), UnaryExpr.Operator.LOGICAL_COMPLEMENT) : new EnclosedExpr(lookup));
          } else {
            c.replace(lookup);
          }
          contains++;
        }
      }
      block.addStatement(loopIndex, decl);
      ctx.importType("java.util.Set");
      ctx.importType("java.util.HashSet");
      return Optional.of("'" + list + ".contains' ran inside a loop (" + contains + " site(s)), a linear scan per"
          + " iteration; a HashSet '" + setName + "' of the same " + elementType.get() + " elements is built once before"
          + " the loop and answers the same membership questions in constant time (" + elementType.get()
          + " has consistent equals/hashCode; the list is not modified during the loop).");
    }
    return ArraySearchLoop.apply(method, ctx);
  }

  /** {@code contains(x)}, or {@code indexOf(x)} compared so that it asks the same question. */
  private static boolean isMembershipTest(MethodCallExpr c) {
    return (c.getNameAsString().equals("contains") && c.getArguments().size() == 1) || IndexOfTest.comparison(c).isPresent();
  }

  private static boolean isMembershipTestOn(MethodCallExpr c, String list) {
    return isMembershipTest(c) && c.getScope().map(s -> s instanceof NameExpr n && n.getNameAsString().equals(list)).orElse(false);
  }

  /**
   * A field's list may be an immutable {@code List.of/copyOf}, whose {@code contains(null)} throws
   * where {@code HashSet.contains(null)} answers false: fine only if every value the class ever
   * stores in the field is a list that accepts a null probe ({@code new ArrayList/LinkedList},
   * {@code Arrays.asList}), or no probe in the loop can be null (a literal, or primitive-typed).
   */
  private static boolean nullSafe(MethodDeclaration method, VariableDeclarator field, Statement loop, String list) {
    if (!(method.getParentNode().orElse(null) instanceof TypeDeclaration<?> type)) return false;
    boolean tolerant = ConfinedField.assignments(type, list).stream()
        .map(e -> e instanceof AssignExpr a ? a.getValue() : e)
        .allMatch(LinearSearchInLoopRecipe::acceptsNullProbe);
    if (tolerant) return true;
    return loop.findAll(MethodCallExpr.class, c -> isMembershipTestOn(c, list)).stream().allMatch(c -> Nullness.neverNull(c.getArgument(0)));
  }

  /**
   * {@code probe == null ? list.contains(null) : set.contains(probe)}: the list answers (or throws
   * for) the null probe exactly as before; a null list still throws on either path.
   */
  private static String addNullAwareContains(RecipeContext ctx) {
    String name = ctx.freshName("containsLikeList");
    ctx.importType("java.util.Collection");
    ctx.addMethod(StaticJavaParser.parseMethodDeclaration(
        "private static boolean " + name + "(Set<?> set, Collection<?> list, Object probe) {\n"
            + "  return probe == null ? list.contains(null) : set.contains(probe);\n}"));
    return name;
  }

  /** A local the method itself filled from {@code new ArrayList/LinkedList}: contains(null) is a plain search. */
  private static boolean acceptsNullProbeLocal(MethodDeclaration method, String list) {
    return Variables.uniqueLocal(method, list).flatMap(VariableDeclarator::getInitializer)
        .map(LinearSearchInLoopRecipe::acceptsNullProbe).orElse(false);
  }

  /**
   * A {@code Collection} parameter, or a {@code Collection} local not created here as a list: it may
   * be a {@code TreeSet} with a comparator, whose membership is not {@code equals}.
   */
  private static boolean collectionOfUnknownKind(MethodDeclaration method, String name) {
    Optional<String> declared = method.getParameters().stream().filter(p -> p.getNameAsString().equals(name))
        .map(p -> p.getType().asString()).findFirst()
        .or(() -> Variables.uniqueLocal(method, name).map(v -> v.getType().asString()));
    if (declared.isEmpty() || !Ast.erasure(declared.get()).replace("java.util.", "").equals("Collection")) return false;
    return !acceptsNullProbeLocal(method, name);
  }

  private static boolean acceptsNullProbe(Expression value) {
    if (value instanceof ObjectCreationExpr oc) {
      return oc.getAnonymousClassBody().isEmpty() && Set.of("ArrayList", "LinkedList").contains(oc.getType().getNameAsString());
    }
    return value instanceof MethodCallExpr m && m.getNameAsString().equals("asList")
        && m.getScope().map(s -> s.toString().equals("Arrays") || s.toString().equals("java.util.Arrays")).orElse(false);
  }


  /**
   * A call on a local created with {@code new} of a JDK class in this method: since the list is
   * never passed anywhere, such an object cannot hold a reference to it.
   */
  private static boolean onFreshLocal(MethodDeclaration method, MethodCallExpr c, String list) {
    if (c.getScope().isEmpty() || !(c.getScope().get() instanceof NameExpr n) || n.getNameAsString().equals(list)) return false;
    return Variables.uniqueLocal(method, n.getNameAsString()).flatMap(VariableDeclarator::getInitializer)
        .map(i -> i instanceof ObjectCreationExpr oc && JDK_CLASSES.contains(oc.getType().getNameAsString())).orElse(false);
  }

  private static boolean initializedWithNew(MethodDeclaration method, String name) {
    return Variables.uniqueLocal(method, name).flatMap(VariableDeclarator::getInitializer)
        .map(i -> i instanceof ObjectCreationExpr).orElse(false);
  }

  /** Element type of a List/Collection parameter, local or confined field, if it is one of the value types. */
  private static Optional<String> elementType(MethodDeclaration method, String name, Optional<VariableDeclarator> field) {
    String declared = field.map(f -> f.getType().asString()).orElse(null);
    for (Parameter p : method.getParameters()) if (p.getNameAsString().equals(name)) declared = p.getType().asString();
    if (declared == null) {
      Optional<VariableDeclarator> v = Variables.uniqueLocal(method, name);
      if (v.isEmpty()) return Optional.empty();
      declared = v.get().getType().asString();
    }
    String raw = Ast.erasure(declared).replace("java.util.", "");
    if (!LIST_TYPES.contains(raw)) return Optional.empty();
    List<String> args = Ast.typeArguments(declared);
    if (args.size() != 1) return Optional.empty();
    return HashKeys.valueType(args.get(0));
  }
}
