package dev.flamefix.optimizer.recipe;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.flamefix.kb.ast.Loops;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * Methods of the target's own class that the target calls repeatedly: from a loop or a lambda
 * (a stream stage). A constant rebuilt in such a helper is rebuilt once per element of the
 * target's loop, so recipes that hoist constants look there too.
 */
public final class Callees {
  private Callees() {}

  /**
   * Runs {@code rewrite} on {@code target} and then on each helper it calls repeatedly; returns
   * what it reported, each helper's entries naming the helper.
   */
  static List<String> rewriteTargetAndHelpers(MethodDeclaration target, RecipeContext ctx,
      BiConsumer<MethodDeclaration, List<String>> rewrite) {
    List<String> done = new ArrayList<>();
    List<MethodDeclaration> scopes = new ArrayList<>(List.of(target));
    scopes.addAll(calledRepeatedly(target, ctx.type()));
    for (MethodDeclaration method : scopes) {
      int before = done.size();
      rewrite.accept(method, done);
      for (int i = before; method != target && i < done.size(); i++) {
        done.set(i, done.get(i) + " in " + method.getNameAsString() + "(), which " + target.getNameAsString() + " calls repeatedly");
      }
    }
    return done;
  }

  /**
   * Distinct helpers declared in {@code type} called from a loop or lambda of {@code method}, in
   * source order, followed by every helper those call (anywhere in their bodies, transitively):
   * a helper that runs once per element runs its own callees once per element too.
   */
  public static List<MethodDeclaration> calledRepeatedly(MethodDeclaration method, TypeDeclaration<?> type) {
    List<MethodDeclaration> out = new ArrayList<>();
    for (MethodCallExpr call : method.findAll(MethodCallExpr.class)) {
      if (Loops.enclosing(call, method).isEmpty() && !Ast.inDeferredCode(call, method)) continue;
      ownHelper(call, method, type).filter(d -> !out.contains(d)).ifPresent(out::add);
    }
    for (int i = 0; i < out.size(); i++) {
      for (MethodCallExpr call : out.get(i).findAll(MethodCallExpr.class)) {
        ownHelper(call, method, type).filter(d -> !out.contains(d)).ifPresent(out::add);
      }
    }
    return out;
  }

  /**
   * {@code target}, then the helpers of {@code type} it calls repeatedly (transitively), then those
   * it calls once: for recipes whose rewrite helps wherever the target's time is spent.
   */
  static List<MethodDeclaration> targetAndHelpers(MethodDeclaration target, TypeDeclaration<?> type) {
    List<MethodDeclaration> out = new ArrayList<>(List.of(target));
    for (MethodDeclaration m : calledRepeatedly(target, type)) if (!out.contains(m)) out.add(m);
    for (MethodDeclaration m : called(target, type)) if (!out.contains(m)) out.add(m);
    return out;
  }

  /** Distinct helpers declared in {@code type} that {@code method} calls anywhere, in source order. */
  static List<MethodDeclaration> called(MethodDeclaration method, TypeDeclaration<?> type) {
    List<MethodDeclaration> out = new ArrayList<>();
    for (MethodCallExpr call : method.findAll(MethodCallExpr.class)) {
      ownHelper(call, method, type).filter(d -> !out.contains(d)).ifPresent(out::add);
    }
    return out;
  }

  /** The body-carrying method of {@code type} other than {@code caller} that an unqualified or {@code this.} call invokes. */
  private static Optional<MethodDeclaration> ownHelper(MethodCallExpr call, MethodDeclaration caller, TypeDeclaration<?> type) {
    if (call.getScope().isPresent() && !call.getScope().get().isThisExpr()) return Optional.empty();
    return declaration(call, type).filter(d -> d != caller && d.getBody().isPresent());
  }

  /** The declaration {@code call} invokes, when the solver places it in {@code type} itself. */
  static Optional<MethodDeclaration> declaration(MethodCallExpr call, TypeDeclaration<?> type) {
    try {
      Optional<Node> ast = call.resolve().toAst();
      return ast.filter(n -> n instanceof MethodDeclaration m && m.getParentNode().map(p -> p == type).orElse(false))
          .map(n -> (MethodDeclaration) n);
    } catch (RuntimeException | StackOverflowError e) {
      return Optional.empty();
    }
  }
}
