package dev.flamefix.optimizer.recipe;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.ForEachStmt;
import dev.flamefix.kb.ast.Variables;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A {@code private} map field of the target's class that provably never maps a key to {@code
 * null}, so {@code get(k) != null} means {@code containsKey(k)} for it as for a local map.
 *
 * <p>Checked over the whole file (nested classes and lambdas can reach a private field), every
 * access resolved by the symbol solver: the field is only ever assigned a no-argument {@code new
 * HashMap/LinkedHashMap/TreeMap<>()}; every other access is the receiver of a reading call, of
 * {@code remove}/{@code clear}, of {@code put} with a provably non-null value, or iterates {@code
 * keySet()}/{@code values()} in a for-each; or it is wrapped read-only ({@code
 * Collections.unmodifiable*Map}) or copied ({@code Map.copyOf}, a copy constructor). It is never
 * returned, passed on, stored elsewhere or referenced by a method reference, so no other code can
 * put a null into it. Anything the solver cannot resolve refuses.
 */
final class NullFreeMapField {
  private static final Set<String> CREATED = Set.of("HashMap", "LinkedHashMap", "TreeMap");
  private static final Set<String> ORDERED = Set.of("LinkedHashMap", "TreeMap");
  private static final Set<String> READS = Set.of("get", "containsKey", "size", "isEmpty", "getOrDefault", "containsValue",
      "remove", "clear", "toString", "hashCode", "equals", "forEach", "put", "keySet", "values");
  private static final Set<String> READ_ONLY_WRAPPERS = Set.of("unmodifiableMap", "unmodifiableSortedMap", "unmodifiableNavigableMap");

  private NullFreeMapField() {}

  /** The classes the field is created as, when {@code name} in {@code method} is such a field; else empty. */
  static Optional<Set<String>> createdAs(MethodDeclaration method, String name) {
    if (Variables.isDeclaredIn(method, name)) return Optional.empty();
    Optional<TypeDeclaration<?>> owner = method.findAncestor(TypeDeclaration.class).map(t -> (TypeDeclaration<?>) t);
    Optional<FieldDeclaration> field = owner.flatMap(t -> t.getFieldByName(name));
    if (field.isEmpty() || !field.get().isPrivate()) return Optional.empty();
    VariableDeclarator declarator = field.get().getVariables().stream().filter(v -> v.getNameAsString().equals(name)).findFirst().orElseThrow();
    Set<String> created = new HashSet<>();
    if (declarator.getInitializer().isPresent() && !creation(declarator.getInitializer().get(), created)) return Optional.empty();
    Node root = method.findRootNode();
    List<Expression> accesses = new java.util.ArrayList<>();
    accesses.addAll(root.findAll(NameExpr.class, n -> n.getNameAsString().equals(name)));
    accesses.addAll(root.findAll(FieldAccessExpr.class, f -> f.getNameAsString().equals(name)));
    for (Expression access : accesses) {
      Optional<Boolean> ours = Nullness.refersTo(access, declarator);
      if (ours.isEmpty()) return Optional.empty();
      if (!ours.get()) continue;
      Node parent = access.getParentNode().orElseThrow();
      if (parent instanceof AssignExpr a && a.getTarget() == access) {
        if (a.getOperator() != AssignExpr.Operator.ASSIGN || !creation(a.getValue(), created)) return Optional.empty();
      } else if (!safeUse(access, parent)) {
        return Optional.empty();
      }
    }
    return created.isEmpty() ? Optional.empty() : Optional.of(created);
  }

  /** Whether every creation of the field is a map whose {@code merge} keeps the order {@code put} gives. */
  static boolean keepsOrderUnderMerge(Set<String> created) {
    return ORDERED.containsAll(created);
  }

  private static boolean creation(Expression e, Set<String> created) {
    if (!(Ast.unwrap(e) instanceof ObjectCreationExpr oc) || !oc.getArguments().isEmpty() || oc.getAnonymousClassBody().isPresent()
        || !CREATED.contains(oc.getType().getNameAsString())) return false;
    created.add(oc.getType().getNameAsString());
    return true;
  }

  private static boolean safeUse(Expression access, Node parent) {
    if (parent instanceof MethodCallExpr call && call.getScope().map(s -> s == access).orElse(false)) {
      String name = call.getNameAsString();
      if (!READS.contains(name)) return false;
      if (name.equals("put")) return call.getArguments().size() == 2 && Nullness.neverNull(call.getArgument(1));
      if (name.equals("keySet") || name.equals("values")) {
        return call.getParentNode().orElse(null) instanceof ForEachStmt fe && fe.getIterable() == call;
      }
      return true;
    }
    if (parent instanceof MethodCallExpr wrap && wrap.getArguments().size() == 1 && wrap.getArgument(0) == access) {
      String scope = wrap.getScope().map(Object::toString).orElse("");
      return (scope.equals("Collections") || scope.equals("java.util.Collections")) && READ_ONLY_WRAPPERS.contains(wrap.getNameAsString())
          || (scope.equals("Map") || scope.equals("java.util.Map")) && wrap.getNameAsString().equals("copyOf");
    }
    return parent instanceof ObjectCreationExpr copy && copy.getArguments().size() == 1 && copy.getArgument(0) == access
        && copy.getAnonymousClassBody().isEmpty() && CREATED.contains(copy.getType().getNameAsString());
  }

}
