package dev.flamefix.optimizer.recipe;

import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import dev.flamefix.kb.ast.Variables;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code Hashtable} shape of {@code synchronized-legacy-collection}: a local {@code Hashtable}
 * created here becomes a {@code HashMap}.
 *
 * <p>Why each check: the two differ only in locking, null handling and iteration order. Locking:
 * the table never leaves the method except as the argument of {@code new TreeMap<>(table)}, a copy
 * made on this thread. Nulls: {@code Hashtable} throws on a null key or value where {@code
 * HashMap} accepts it, so every key and value handed to it must be provably non-null: a primitive,
 * a literal, a cast to a primitive, arithmetic (which unboxes, so a null operand throws in both
 * versions before the call) or a conditional of those. Order: the only methods called are lookups and single-key updates, and the one
 * copy is into a {@code TreeMap}, which re-sorts; nothing iterates or prints the table.
 */
final class HashtableLocal {
  private static final Set<String> KEYED = Set.of("get", "put", "containsKey", "remove", "getOrDefault");
  private static final Set<String> PLAIN = Set.of("size", "isEmpty", "clear");
  private static final Set<String> PRIMITIVES = Set.of("int", "long", "short", "byte", "char", "boolean", "double", "float");

  private HashtableLocal() {}

  static Optional<String> apply(MethodDeclaration method, RecipeContext ctx) {
    for (VariableDeclarator v : method.findAll(VariableDeclarator.class)) {
      if (v.getInitializer().isEmpty() || !(v.getInitializer().get() instanceof ObjectCreationExpr oc)) continue;
      if (!oc.getType().getNameAsString().equals("Hashtable") || oc.getAnonymousClassBody().isPresent()) continue;
      if (oc.getArguments().size() > 1 || oc.getArguments().stream().anyMatch(a -> !isPrimitive(a))) continue;
      String name = v.getNameAsString();
      if (Variables.uniqueLocal(method, name).isEmpty()) continue;
      boolean ok = true;
      for (NameExpr use : Variables.uses(method, name)) {
        if (Ast.inDeferredCode(use, method) || Variables.isWrite(use) || !allowed(use)) { ok = false; break; }
      }
      if (!ok) continue;
      ClassOrInterfaceType map = StaticJavaParser.parseClassOrInterfaceType("HashMap");
      oc.getType().getTypeArguments().ifPresent(a -> map.setTypeArguments(a));
      ObjectCreationExpr fresh = new ObjectCreationExpr(null, map, oc.getArguments());
      if (v.getType().isClassOrInterfaceType() && v.getType().asClassOrInterfaceType().getNameAsString().equals("Hashtable")) {
        ClassOrInterfaceType declared = StaticJavaParser.parseClassOrInterfaceType("HashMap");
        v.getType().asClassOrInterfaceType().getTypeArguments().ifPresent(declared::setTypeArguments);
        v.setType(declared);
      }
      v.setInitializer(fresh);
      ctx.importType("java.util.HashMap");
      return Optional.of("'" + name + "' is a Hashtable that never leaves this method, so its locks protect nothing;"
          + " it is now a HashMap. Every key and value put into it is a primitive (never null, where Hashtable would"
          + " throw) and nothing observes its iteration order (it is only read by key or copied into a TreeMap).");
    }
    return Optional.empty();
  }

  private static boolean allowed(NameExpr use) {
    Node parent = use.getParentNode().orElseThrow();
    if (parent instanceof ObjectCreationExpr copy) {
      return copy.getType().getNameAsString().equals("TreeMap") && copy.getArguments().size() == 1
          && copy.getAnonymousClassBody().isEmpty();
    }
    Optional<MethodCallExpr> call = Ast.callOn(use);
    if (call.isEmpty()) return false;
    String m = call.get().getNameAsString();
    if (PLAIN.contains(m)) return call.get().getArguments().isEmpty();
    if (!KEYED.contains(m)) return false;
    return call.get().getArguments().stream().allMatch(Nullness::neverNull);
  }


  private static boolean isPrimitive(Expression e) {
    return Ast.typeOf(e).map(PRIMITIVES::contains).orElse(false);
  }
}
