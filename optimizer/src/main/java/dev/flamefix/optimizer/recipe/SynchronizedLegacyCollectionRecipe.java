package dev.flamefix.optimizer.recipe;

import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import dev.flamefix.kb.ast.Variables;
import java.util.Optional;
import java.util.Set;

/**
 * {@code synchronized-legacy-collection}: a {@code StringBuffer} or {@code Vector} that never
 * leaves the method pays for locks no other thread can contend; it becomes {@code StringBuilder} /
 * {@code ArrayList}.
 *
 * <p>Preconditions ("provably local"): a local created with {@code new} in this method (at most one
 * constructor argument, which both replacements accept); it is never reassigned, returned, passed
 * as an argument, stored anywhere, captured by a lambda or inner class, used in {@code
 * synchronized} or compared; every use is a method call on it, where a chain of {@code
 * append/insert/reverse/delete/deleteCharAt/replace/setCharAt/setLength} calls ends in a statement
 * (so the builder itself never escapes through a return value), or (for {@code Vector}) it is the
 * iterable of a for-each; for {@code Vector} only methods of {@code List} are called. Same content,
 * same iteration order and the same {@code toString()} format, minus the monitor. A local {@code
 * Hashtable} is handled by {@link HashtableLocal}, a {@code Vector} field filled only during
 * construction by {@link VectorField}.
 */
public final class SynchronizedLegacyCollectionRecipe implements Recipe {
  private static final Set<String> CHAINING = Set.of("append", "insert", "reverse", "delete", "deleteCharAt", "replace");
  private static final Set<String> LIST_METHODS = Set.of("add", "addAll", "get", "set", "size", "isEmpty", "contains", "remove",
      "clear", "indexOf", "lastIndexOf", "iterator", "toString", "stream", "forEach", "sort", "toArray", "containsAll",
      "removeIf", "hashCode", "equals", "listIterator");

  @Override
  public String id() {
    return "synchronized-legacy-collection";
  }

  @Override
  public String description() {
    return "method-local StringBuffer/Vector -> StringBuilder/ArrayList";
  }

  @Override
  public Optional<String> apply(MethodDeclaration method, RecipeContext ctx) {
    for (VariableDeclarator v : method.findAll(VariableDeclarator.class)) {
      if (v.getInitializer().isEmpty() || !(v.getInitializer().get() instanceof ObjectCreationExpr oc)) continue;
      String created = oc.getType().getNameAsString();
      boolean buffer = created.equals("StringBuffer");
      boolean vector = created.equals("Vector");
      if ((!buffer && !vector) || oc.getArguments().size() > 1 || oc.getAnonymousClassBody().isPresent()) continue;
      String name = v.getNameAsString();
      if (Variables.uniqueLocal(method, name).isEmpty()) continue;
      boolean ok = true;
      for (NameExpr use : Variables.uses(method, name)) {
        if (Ast.inDeferredCode(use, method) || Variables.isWrite(use) || Ast.isArgument(use)) { ok = false; break; }
        if (vector && use.getParentNode().orElse(null) instanceof ForEachStmt fe && fe.getIterable() == use) continue;
        Optional<MethodCallExpr> call = Ast.callOn(use);
        if (call.isEmpty()) { ok = false; break; }
        if (vector) {
          if (!LIST_METHODS.contains(call.get().getNameAsString())) { ok = false; break; }
          continue;
        }
        Expression top = call.get();
        while (CHAINING.contains(((MethodCallExpr) top).getNameAsString())) {
          Node parent = top.getParentNode().orElseThrow();
          if (parent instanceof ExpressionStmt) break;
          if (parent instanceof MethodCallExpr next && next.getScope().isPresent() && next.getScope().get() == top) {
            top = next;
            continue;
          }
          ok = false;
          break;
        }
        if (!ok) break;
      }
      if (!ok) continue;
      String replacement = buffer ? "StringBuilder" : "ArrayList";
      ClassOrInterfaceType newType = StaticJavaParser.parseClassOrInterfaceType(replacement);
      oc.getType().getTypeArguments().ifPresent(a -> newType.setTypeArguments(copy(a)));
      ObjectCreationExpr fresh = new ObjectCreationExpr(null, newType, new com.github.javaparser.ast.NodeList<>());
      oc.getArguments().forEach(a -> fresh.addArgument(a.clone()));
      if (v.getType().isClassOrInterfaceType() && v.getType().asClassOrInterfaceType().getNameAsString().equals(created)) {
        ClassOrInterfaceType declared = StaticJavaParser.parseClassOrInterfaceType(replacement);
        v.getType().asClassOrInterfaceType().getTypeArguments().ifPresent(a -> declared.setTypeArguments(copy(a)));
        v.setType(declared);
      }
      v.setInitializer(fresh);
      if (vector) ctx.importType("java.util.ArrayList");
      return Optional.of("'" + name + "' is a " + created + " that never leaves this method, so its synchronization"
          + " protects nothing; it is now a " + replacement + " with the same contents and order.");
    }
    return HashtableLocal.apply(method, ctx).or(() -> VectorField.apply(method, ctx));
  }

  private static com.github.javaparser.ast.NodeList<com.github.javaparser.ast.type.Type> copy(
      com.github.javaparser.ast.NodeList<com.github.javaparser.ast.type.Type> args) {
    com.github.javaparser.ast.NodeList<com.github.javaparser.ast.type.Type> out = new com.github.javaparser.ast.NodeList<>();
    args.forEach(t -> out.add(t.clone()));
    return out;
  }
}
