package dev.flamefix.optimizer.recipe;

import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.EnumConstantDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.resolution.declarations.ResolvedMethodDeclaration;
import com.github.javaparser.resolution.declarations.ResolvedReferenceTypeDeclaration;
import java.util.Optional;

/**
 * An enum's implicit {@code E.valueOf(String)}, with the pre-check that answers "certainly
 * rejected" exactly for the names {@code valueOf} rejects with {@code IllegalArgumentException}:
 * a non-null name that is no constant's {@code name()} (case-sensitive, as {@code valueOf} is).
 * The names live in a lazy holder class, so the enum is initialised when the first pre-check runs
 * (just before the {@code valueOf} that would have initialised it), not when the outer class is.
 */
final class EnumNames {
  private final String written;
  private final String qualified;

  private EnumNames(String written, String qualified) {
    this.written = written;
    this.qualified = qualified;
  }

  /**
   * {@code call} when it is {@code E.valueOf(s)} on an enum {@code E} a member class can name:
   * resolved to a static one-String {@code valueOf} of a JDK enum ({@code java.*}) or of a source
   * enum with {@link #plainInitialisation}, called on the type's name (not on a constant, which
   * the holder could not use as a type).
   */
  static Optional<EnumNames> of(MethodCallExpr call) {
    if (!call.getNameAsString().equals("valueOf") || call.getArguments().size() != 1 || call.getScope().isEmpty()) {
      return Optional.empty();
    }
    try {
      ResolvedMethodDeclaration m = call.resolve();
      ResolvedReferenceTypeDeclaration owner = m.declaringType();
      if (!owner.isEnum() || m.getNumberOfParams() != 1 || !m.getParam(0).getType().describe().equals("java.lang.String")) {
        return Optional.empty();
      }
      // The holder names the enum as the call does, so the call must name the type itself (not a constant of it).
      String written = call.getScope().get().toString();
      if (!written.equals(owner.getName()) && !written.endsWith("." + owner.getName())) return Optional.empty();
      Optional<Node> ast = owner.toAst();
      if (ast.isEmpty() ? !owner.getQualifiedName().startsWith("java.") : !plainInitialisation(ast.get())) return Optional.empty();
      return Optional.of(new EnumNames(written, owner.getQualifiedName()));
    } catch (RuntimeException | StackOverflowError e) {
      return Optional.empty();
    }
  }

  /**
   * A source enum, not declared in a block, whose initialisation runs no code but its own: constant
   * arguments and field initialisers are literals, constructors only assign their parameters to
   * fields, there are no initialiser blocks and no constant bodies. Its initialisation can then
   * neither fail nor call back into the code being rewritten, so starting it in the names holder
   * (rather than in valueOf, under the try) cannot change what the catch sees.
   */
  private static boolean plainInitialisation(Node ast) {
    if (!(ast instanceof EnumDeclaration e) || ast.findAncestor(BlockStmt.class).isPresent()) return false;
    for (EnumConstantDeclaration c : e.getEntries()) {
      if (!c.getClassBody().isEmpty() || !c.getArguments().stream().allMatch(Expression::isLiteralExpr)) return false;
    }
    for (BodyDeclaration<?> m : e.getMembers()) {
      if (m instanceof InitializerDeclaration) return false;
      if (m instanceof FieldDeclaration f
          && !f.getVariables().stream().allMatch(v -> v.getInitializer().map(Expression::isLiteralExpr).orElse(true))) {
        return false;
      }
      if (m instanceof ConstructorDeclaration k && !k.getBody().getStatements().stream().allMatch(EnumNames::assignsParameter)) {
        return false;
      }
    }
    return true;
  }

  /** {@code this.f = p;} or {@code f = p;} with {@code p} a plain name. */
  private static boolean assignsParameter(Statement s) {
    return s instanceof ExpressionStmt es && es.getExpression() instanceof AssignExpr a
        && a.getOperator() == AssignExpr.Operator.ASSIGN && a.getValue().isNameExpr()
        && (a.getTarget().isNameExpr() || (a.getTarget() instanceof FieldAccessExpr fa && fa.getScope().isThisExpr()));
  }

  /** The pre-check's name, adding it and the names holder to the class the first time. */
  String helper(RecipeContext ctx) {
    return ctx.shared("enum-names:" + qualified, () -> {
      String simple = written.substring(written.lastIndexOf('.') + 1);
      String holder = ctx.freshName(simple + "Names");
      ClassOrInterfaceDeclaration names = StaticJavaParser.parseBodyDeclaration(
          "/** The names " + written + ".valueOf accepts, collected on first use (when valueOf would initialise " + simple
              + " anyway). */\n"
              + "private static final class " + holder + " {\n"
              + "  static final java.util.Set<String> ALL = new java.util.HashSet<>();\n"
              + "\n"
              + "  static {\n"
              + "    for (" + written + " constant : " + written + ".values()) ALL.add(constant.name());\n"
              + "  }\n"
              + "}").asClassOrInterfaceDeclaration();
      ctx.addNestedType(names);
      String name = ctx.freshName("certainlyNot" + simple);
      ctx.addMethod(StaticJavaParser.parseMethodDeclaration(
          "/** True exactly when " + written + ".valueOf(name) throws IllegalArgumentException; null is left to valueOf (NullPointerException). */\n"
              + "private static boolean " + name + "(String name) {\n"
              + "  return name != null && !" + holder + ".ALL.contains(name);\n"
              + "}"));
      return name;
    });
  }
}
