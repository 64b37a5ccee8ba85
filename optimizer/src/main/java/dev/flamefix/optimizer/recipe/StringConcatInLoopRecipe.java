package dev.flamefix.optimizer.recipe;

import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import dev.flamefix.kb.ast.Loops;
import dev.flamefix.kb.ast.Variables;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code string-concat-in-loop}: a local {@code String s} grown with {@code s += x} inside a loop
 * becomes a {@code StringBuilder}; {@code s += x} becomes {@code s.append(x)} and every other read
 * becomes {@code s.toString()}.
 *
 * <p>Preconditions (together they make the rewrite behaviour preserving):
 *
 * <ul>
 *   <li>{@code s} is a local declared once in the method with type {@code String} (or {@code var}
 *       with a String initializer), not a parameter, and no field shares its name;
 *   <li>its initializer is a non-null String (a literal or a concatenation), so {@code new
 *       StringBuilder(init)} cannot throw where the original did not;
 *   <li>every write is a statement {@code s += x} with {@code x} not mentioning {@code s} and of a
 *       type whose {@code append} overload produces exactly the characters {@code +=} would: a
 *       String, a primitive, a non-null literal or a resolved JDK value type (never {@code char[]},
 *       whose {@code append} expands the characters, nor a type the solver cannot see);
 *   <li>at least one {@code +=} is inside a loop, and no read of {@code s} is inside a loop that
 *       appends to it (a read there would pay a {@code toString()} copy per iteration), except
 *       {@code s.length()} and {@code s.isEmpty()}, which the builder answers alike without a copy
 *       (the early-exit shape {@code if (s.length() > max) break;});
 *   <li>{@code s} is never used in a lambda, anonymous or local class, never compared with {@code
 *       ==}/{@code !=} (identity would change) and never the target of a plain {@code =}.
 * </ul>
 *
 * <p>Its stream form, {@code reduce("", String::concat)} → {@code collect(Collectors.joining())},
 * is {@link ConcatReduction}.
 */
public final class StringConcatInLoopRecipe implements Recipe {
  /**
   * For {@code s = s + a + b} (left spine of string concatenations starting at {@code s}) the
   * operands {@code a, b}: appended one by one they give exactly the text {@code +} builds, as long
   * as none is a {@code char[]} (which {@code +} prints as an identity string but {@code append}
   * expands) and none mentions {@code s}. Each operand's type must resolve (or be a literal) so
   * that can be checked.
   */
  static Optional<List<Expression>> selfConcatOperands(Expression value, String name) {
    List<Expression> operands = new ArrayList<>();
    Expression x = Ast.unwrap(value);
    while (x instanceof BinaryExpr b && b.getOperator() == BinaryExpr.Operator.PLUS) {
      operands.add(0, b.getRight());
      x = Ast.unwrap(b.getLeft());
    }
    if (!(x instanceof NameExpr lead) || !lead.getNameAsString().equals(name) || operands.isEmpty()) return Optional.empty();
    for (Expression op : operands) {
      if (!Variables.uses(op, name).isEmpty()) return Optional.empty();
      boolean literal = op instanceof com.github.javaparser.ast.expr.LiteralExpr;
      Optional<String> type = Ast.typeOf(op);
      if (!literal && (type.isEmpty() || type.get().equals("char[]"))) return Optional.empty();
    }
    return Optional.of(operands);
  }

  /** Calls a {@code StringBuilder} answers exactly as the {@code String} it replaces would. */
  private static final java.util.Set<String> SAME_ON_BUILDER = java.util.Set.of("length", "isEmpty");
  private static final java.util.Set<String> PRIMITIVE_TYPES = java.util.Set.of("int", "long", "short", "byte", "char", "boolean", "float", "double");

  /**
   * Does {@code append(x)} add exactly the characters {@code s += x} would? For a String, a
   * primitive (same conversions as string concatenation) or a JDK value type (both use {@code
   * String.valueOf}, and the JDK's CharSequences print their characters). Not for {@code char[]}
   * ({@code +} prints its identity, {@code append} its characters) or types the solver cannot see.
   */
  static boolean appendsSameText(Expression value) {
    if (Ast.isString(value)) return true;
    if (value instanceof com.github.javaparser.ast.expr.LiteralExpr) return !(value instanceof com.github.javaparser.ast.expr.NullLiteralExpr);
    // A CharSequence-typed operand may be a user class whose characters differ from its toString().
    return Ast.typeOf(value).map(t -> !t.endsWith("[]") && !t.equals("java.lang.CharSequence") && (PRIMITIVE_TYPES.contains(t) || t.startsWith("java.lang.")
        || t.startsWith("java.math.") || t.startsWith("java.time.") || t.equals("java.util.UUID"))).orElse(false);
  }

  /** The {@code s} at the head of {@code s = s + ...}. */
  private static boolean isSelfConcatLead(NameExpr use, String name) {
    Node n = use;
    while (n.getParentNode().isPresent() && (n.getParentNode().get() instanceof BinaryExpr
        || n.getParentNode().get() instanceof com.github.javaparser.ast.expr.EnclosedExpr)) {
      n = n.getParentNode().get();
    }
    return n.getParentNode().orElse(null) instanceof AssignExpr a && a.getValue() == n
        && a.getTarget() instanceof NameExpr t && t.getNameAsString().equals(name)
        && selfConcatOperands(a.getValue(), name).map(ops -> true).orElse(false)
        && leftmost(a.getValue()) == use;
  }

  private static Expression leftmost(Expression e) {
    Expression x = Ast.unwrap(e);
    while (x instanceof BinaryExpr b) x = Ast.unwrap(b.getLeft());
    return x;
  }

  @Override
  public String id() {
    return "string-concat-in-loop";
  }

  @Override
  public String description() {
    return "String += in a loop -> StringBuilder.append, toString() where read; reduce(\"\", String::concat) -> joining()";
  }

  @Override
  public Optional<String> apply(MethodDeclaration method, RecipeContext ctx) {
    for (VariableDeclarator v : method.findAll(VariableDeclarator.class)) {
      boolean string = v.getType().asString().equals("String") || v.getType().asString().equals("java.lang.String");
      if (!string && !v.getType().isVarType()) continue;
      String name = v.getNameAsString();
      if (Variables.uniqueLocal(method, name).isEmpty()) continue;
      if (v.getInitializer().isEmpty() || !Ast.isNonNullString(v.getInitializer().get())) continue;
      // A local declared inside a lambda body lives there: deferred code is judged from that body.
      Node home = v.findAncestor(LambdaExpr.class).filter(l -> Ast.isInside(l, method)).map(l -> (Node) l).orElse(method);
      List<NameExpr> uses = Variables.uses(method, name);
      // The shape is a String grown in a loop; only then is a failed precondition worth a reason.
      boolean grownInLoop = uses.stream().anyMatch(u -> u.getParentNode().orElse(null) instanceof AssignExpr a
          && a.getTarget() == u && (a.getOperator() == AssignExpr.Operator.PLUS || leftmost(a.getValue()) instanceof NameExpr n
              && n.getNameAsString().equals(name)) && Loops.enclosing(a, method).isPresent());
      List<AssignExpr> appends = new ArrayList<>();
      List<NameExpr> reads = new ArrayList<>();
      boolean ok = true;
      String why = null;
      for (NameExpr use : uses) {
        if (!Ast.isInside(use, home) || Ast.inDeferredCode(use, home)) {
          ok = false;
          why = "it is used in a lambda or local class, which may run later";
          break;
        }
        Optional<Node> parent = use.getParentNode();
        if (parent.isPresent() && parent.get() instanceof AssignExpr a && a.getTarget() == use) {
          boolean statement = a.getParentNode().map(p -> p instanceof ExpressionStmt).orElse(false);
          if (statement && a.getOperator() == AssignExpr.Operator.ASSIGN && selfConcatOperands(a.getValue(), name).isPresent()) {
            appends.add(a);
            continue;
          }
          if (a.getOperator() != AssignExpr.Operator.PLUS || !statement || !appendsSameText(a.getValue())
              || !Variables.uses(a.getValue(), name).isEmpty()) {
            ok = false;
            why = "'" + a + "' cannot become an append of the same text (an assignment used as a value, a"
                + " value that mentions '" + name + "', or one whose type is unknown or prints differently)";
            break;
          }
          appends.add(a);
        } else if (isSelfConcatLead(use, name)) {
          continue;
        } else if (Ast.callOn(use).map(c -> c.getArguments().isEmpty() && SAME_ON_BUILDER.contains(c.getNameAsString())).orElse(false)) {
          // length() and isEmpty() mean the same on the builder and cost nothing: no toString() needed.
          continue;
        } else if (Variables.isWrite(use)) {
          ok = false;
          why = "it is also assigned other than by appending";
          break;
        } else {
          if (parent.isPresent() && parent.get() instanceof BinaryExpr b
              && (b.getOperator() == BinaryExpr.Operator.EQUALS || b.getOperator() == BinaryExpr.Operator.NOT_EQUALS)) {
            ok = false;
            why = "it is compared with " + b.getOperator().asString() + " (identity would change)";
            break;
          }
          reads.add(use);
        }
      }
      if (!ok || appends.isEmpty()) {
        if (grownInLoop && why != null) ctx.refuse("String '" + name + "' grows in a loop but " + why);
        continue;
      }
      List<Node> appendLoops = new ArrayList<>();
      for (AssignExpr a : appends) Loops.enclosing(a, home).ifPresent(appendLoops::add);
      if (appendLoops.isEmpty()) continue;
      Optional<NameExpr> readInLoop = reads.stream().filter(r -> appendLoops.stream().anyMatch(l -> Ast.isInside(r, l))).findFirst();
      if (readInLoop.isPresent()) {
        ctx.refuse("String '" + name + "' grows in a loop but is also read in that loop (at "
            + readInLoop.get().getParentNode().map(Node::toString).orElse(name) + "), so a builder would copy it there anyway");
        continue;
      }

      // Preconditions hold: rewrite.
      Expression init = v.getInitializer().get();
      boolean empty = init instanceof StringLiteralExpr s && s.getValue().isEmpty();
      v.setType(StaticJavaParser.parseClassOrInterfaceType("StringBuilder"));
      v.setInitializer(new ObjectCreationExpr(null, StaticJavaParser.parseClassOrInterfaceType("StringBuilder"),
          empty ? new NodeList<>() : new NodeList<>(init.clone())));
      for (AssignExpr a : appends) {
        if (a.getOperator() == AssignExpr.Operator.ASSIGN) {
          Expression chain = new NameExpr(name);
          for (Expression operand : selfConcatOperands(a.getValue(), name).orElseThrow()) {
            chain = new MethodCallExpr(chain, "append", new NodeList<>(operand.clone()));
          }
          a.replace(chain);
        } else {
          a.replace(new MethodCallExpr(new NameExpr(name), "append", new NodeList<>(a.getValue().clone())));
        }
      }
      for (NameExpr r : reads) {
        r.replace(new MethodCallExpr(new NameExpr(name), "toString"));
      }
      return Optional.of("'" + name + "' was a String grown with += inside a loop (" + appends.size()
          + " append site(s)), copying the whole text on every iteration; it is now a StringBuilder, each += is an"
          + " append of the same String value, and its " + reads.size() + " read(s) call toString(), so the text"
          + " produced is identical.");
    }
    return ConcatReduction.apply(method);
  }
}
