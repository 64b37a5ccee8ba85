package dev.flamefix.optimizer.template;

import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.SimpleName;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import dev.flamefix.optimizer.recipe.Recipe;
import dev.flamefix.optimizer.recipe.RecipeContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A {@link Template} applied like a recipe: finds the first statement run of the target method
 * that unifies with the before pattern ({@link Unifier}) and passes the template's data-flow
 * check (a variable whose declaration the fix changes is used nowhere else in the method), then
 * replaces it with the after pattern instantiated with the bindings, adds the fix's members under
 * fresh names and its JDK imports. When nothing in the method matches, the helpers of its class it
 * calls from a loop or a lambda are tried the same way. Leaves the tree untouched when nothing matches.
 */
public final class TemplateRecipe implements Recipe {
  private final Template template;
  private final Set<String> nameOnly;

  public TemplateRecipe(Template template) {
    this.template = template;
    this.nameOnly = ExpressionHoles.nameOnly(template);
  }

  @Override
  public String id() {
    return "template:" + template.caseId();
  }

  @Override
  public String description() {
    return "the rewrite of knowledge-base case " + template.caseId() + ": " + template.describe();
  }

  @Override
  public Optional<String> apply(MethodDeclaration method, RecipeContext context) {
    if (method.getBody().isEmpty()) return Optional.empty();
    Optional<Match> match = findNormalised(method, false);
    String where = "";
    if (match.isEmpty()) {
      // The statements a case rewrote may sit in a helper the hot loop calls: the rewrite is local
      // to the statements it binds, so it is as sound there as in the target itself.
      for (MethodDeclaration helper : dev.flamefix.optimizer.recipe.Callees.calledRepeatedly(method, context.type())) {
        match = findNormalised(helper, false);
        if (match.isPresent()) {
          where = " in " + helper.getNameAsString() + "(), which " + method.getNameAsString() + " calls repeatedly";
          break;
        }
      }
    }
    if (match.isEmpty()) return Optional.empty();
    Match m = match.get();
    Map<String, String> names = new HashMap<>(m.bindings());
    template.freshBases().forEach((hole, base) -> names.put(hole, context.freshName(base)));
    List<Statement> replacement = new ArrayList<>();
    for (Statement s : template.after()) {
      Optional<Statement> filled = instantiate(s.clone(), names);
      if (filled.isEmpty()) return Optional.empty();
      replacement.add(filled.get());
    }
    List<BodyDeclaration<?>> members = new ArrayList<>();
    for (BodyDeclaration<?> d : template.addedMembers()) {
      Optional<BodyDeclaration<?>> filled = instantiate(d.clone(), names);
      if (filled.isEmpty()) return Optional.empty();
      members.add(filled.get());
    }
    splice(m, replacement);
    for (BodyDeclaration<?> d : members) {
      if (d instanceof FieldDeclaration f) context.addField(f);
      else context.addMethod((MethodDeclaration) d);
    }
    for (String i : template.imports()) {
      boolean isStatic = i.startsWith("static ");
      String name = isStatic ? i.substring(7) : i;
      if (isStatic || name.endsWith(".*")) {
        context.unit().addImport(name.replace(".*", ""), isStatic, name.endsWith(".*"));
      } else {
        context.importType(name);
      }
    }
    return Optional.of(String.format(java.util.Locale.ROOT,
        "applied the rewrite learned from knowledge-base case %s (%s, measured %.2fx faster there) to %d statement(s)%s",
        template.caseId(), template.category(), template.rate(), m.statements().size(), where));
  }

  /** Whether the template matches somewhere in {@code method} (nothing is changed). */
  public boolean matches(MethodDeclaration method) {
    return method.getBody().isPresent() && findNormalised(method, true).isPresent();
  }

  /**
   * A match as the method is written, else in its {@link NormalForms normal form}. When that matched
   * and {@code undo} is false, only the rewrites inside the matched statements (and expressions
   * enclosing them) stay, so the patch changes nothing the match did not bind; otherwise the
   * method is put back as it was.
   */
  private Optional<Match> findNormalised(MethodDeclaration method, boolean undo) {
    Optional<Match> plain = find(method);
    if (plain.isPresent()) return plain;
    Optional<NormalForms.Normalised> normalised = NormalForms.rewrite(method.getBody().get());
    if (normalised.isEmpty()) return plain;
    Optional<Match> normal = find(method);
    if (normal.isEmpty() || undo) {
      normalised.get().undoAll();
      return normal;
    }
    normalised.get().keepOnlyFor(normal.get().statements());
    return Optional.of(normal.get().relocated());
  }

  /** A run of target statements that unified, with where it sits. */
  private record Match(BlockStmt block, int index, List<Statement> statements, List<Statement> gaps,
      Map<String, String> bindings) {

    /**
     * The same match where its statements sit now: undoing a guard that enclosed them moves them,
     * still consecutive with their gaps, into the enclosing block.
     */
    Match relocated() {
      if (block == null) return this;
      Statement first = statements.get(0);
      BlockStmt now = (BlockStmt) first.getParentNode().orElseThrow();
      NodeList<Statement> stmts = now.getStatements();
      for (int i = 0; i < stmts.size(); i++) {
        if (stmts.get(i) == first) return new Match(now, i, statements, gaps, bindings);
      }
      throw new IllegalStateException("matched statement not in its block");
    }
  }

  private Optional<Match> find(MethodDeclaration method) {
    int k = template.before().size();
    for (BlockStmt block : method.findAll(BlockStmt.class)) {
      NodeList<Statement> stmts = block.getStatements();
      for (int i = 0; i + k <= stmts.size(); i++) {
        Optional<Match> m = tryAt(method, block, i, stmts.subList(i, Math.min(stmts.size(), i + k + Gaps.MAX)));
        if (m.isPresent()) return m;
      }
    }
    if (k == 1) {
      for (Statement s : method.findAll(Statement.class)) {
        if (!(s.getParentNode().orElse(null) instanceof BlockStmt) && !(s instanceof BlockStmt)) {
          Optional<Match> m = tryAt(method, null, -1, List.of(s));
          if (m.isPresent()) return m;
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Unifies the pattern's statements in order with {@code window}'s, starting at its first; between
   * two matched statements up to {@link Gaps#MAX} context statements may be skipped ({@link Gaps}).
   */
  private Optional<Match> tryAt(MethodDeclaration method, BlockStmt block, int index, List<Statement> window) {
    Unifier u = new Unifier(template, nameOnly);
    List<Statement> run = new ArrayList<>();
    List<Statement> gaps = new ArrayList<>();
    int t = 0;
    for (int j = 0; j < template.before().size(); j++) {
      while (true) {
        if (t >= window.size()) return Optional.empty();
        Map<String, String> mark = u.mark();
        if (u.unify(template.before().get(j), window.get(t))) break;
        u.restore(mark);
        if (j == 0 || gaps.size() >= Gaps.MAX || !Gaps.candidate(window.get(t))) return Optional.empty();
        gaps.add(window.get(t++));
      }
      run.add(window.get(t++));
    }
    if (!Gaps.independent(gaps, run)) return Optional.empty();
    if (!dataFlowHolds(method, run, u.bindings())) return Optional.empty();
    // An expression stands for a variable only if nothing the matched statements do changes its value.
    if (u.expressionBindings().values().stream().anyMatch(e -> !ExpressionHoles.stable(e, run))) return Optional.empty();
    return Optional.of(new Match(block, index, List.copyOf(run), List.copyOf(gaps), Map.copyOf(u.bindings())));
  }

  /** A variable the fix re-declares (another type, or gone) must not be read outside the rewritten statements. */
  private boolean dataFlowHolds(MethodDeclaration method, List<Statement> run, Map<String, String> bindings) {
    Set<Node> inside = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    run.forEach(s -> inside.addAll(s.findAll(Node.class)));
    for (String hole : template.retyped()) {
      String name = bindings.get(hole);
      if (name == null) return false;
      boolean usedOutside = method.findAll(NameExpr.class).stream()
          .anyMatch(n -> n.getNameAsString().equals(name) && !inside.contains(n));
      if (usedOutside) return false;
    }
    return true;
  }

  private static void splice(Match m, List<Statement> replacement) {
    if (m.block() != null) {
      // Gaps commute with the matched statements (Gaps), so they move in front of the rewrite.
      NodeList<Statement> stmts = m.block().getStatements();
      for (int j = 0; j < m.statements().size() + m.gaps().size(); j++) stmts.remove(m.index());
      List<Statement> placed = new ArrayList<>(m.gaps());
      placed.addAll(replacement);
      for (int j = placed.size() - 1; j >= 0; j--) stmts.add(m.index(), placed.get(j));
    } else {
      Statement only = m.statements().get(0);
      only.replace(replacement.size() == 1 ? replacement.get(0) : new BlockStmt(new NodeList<>(replacement)));
    }
  }

  /** {@code node} with every hole replaced by its binding or fresh name; empty if a hole has neither. */
  private static <N extends Node> Optional<N> instantiate(N node, Map<String, String> names) {
    List<Runnable> edits = new ArrayList<>();
    boolean complete = true;
    for (Node n : node.findAll(Node.class)) {
      if (n instanceof NameExpr ne && Template.isHole(ne.getNameAsString())) {
        String v = names.get(ne.getNameAsString());
        if (v == null) return Optional.empty();
        if (n == node) return Optional.empty();
        edits.add(() -> {
          Expression e = StaticJavaParser.parseExpression(v);
          ne.replace(ExpressionHoles.compound(e) ? new EnclosedExpr(e) : e);
        });
      } else if (n instanceof ClassOrInterfaceType ct && Template.isHole(ct.getNameAsString())) {
        String v = names.get(ct.getNameAsString());
        if (v == null) return Optional.empty();
        if (ct.getTypeArguments().isEmpty()) {
          edits.add(() -> ct.replace(StaticJavaParser.parseType(v)));
        } else {
          edits.add(() -> ct.setName(v));
        }
      } else if (n instanceof SimpleName sn && Template.isHole(sn.getIdentifier())
          && !(sn.getParentNode().orElse(null) instanceof NameExpr)
          && !(sn.getParentNode().orElse(null) instanceof ClassOrInterfaceType)) {
        String v = names.get(sn.getIdentifier());
        if (v == null || !v.matches("[\\p{javaJavaIdentifierStart}][\\p{javaJavaIdentifierPart}]*")) complete = false;
        else edits.add(() -> sn.setIdentifier(v));
      }
    }
    if (!complete) return Optional.empty();
    // Deepest first, so a replaced node's own holes are already filled.
    for (int i = edits.size() - 1; i >= 0; i--) edits.get(i).run();
    return Optional.of(node);
  }
}
