package dev.flamefix.optimizer.recipe;

import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.ArrayCreationExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.resolution.declarations.ResolvedValueDeclaration;
import dev.flamefix.kb.ast.Loops;
import dev.flamefix.kb.ast.Variables;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code array-copy-loop}: {@code T[] dst = new T[src.length]; ... for (int i = 0; i < src.length;
 * i++) dst[i] = src[i];} becomes {@code System.arraycopy(src, 0, dst, 0, src.length)}.
 *
 * <p>Preconditions (they make the copy element-for-element the same, including when it fails):
 * the loop is {@code for (int i = 0; i < B; i++|++i|i += 1)} whose body is exactly {@code dst[i] =
 * src[i];}; {@code src} is a local or parameter and {@code dst} a local declared once in the
 * method, in the same block before the loop, as {@code new T[src.length]} or {@code new
 * T[src.length + k]} ({@code k} a non-negative literal); both resolve to the same array type;
 * neither variable is assigned between the declaration and the loop; {@code B} is {@code
 * src.length} (or {@code dst.length} when {@code dst} has exactly {@code src.length} slots); no
 * class named {@code System} shadows {@code java.lang.System}. Then the copy cannot run off either
 * array, so no partially copied array can be observed, and a failing element store ({@code
 * ArrayStoreException}) stops {@code arraycopy} after the same elements as the loop.
 */
public final class ArrayCopyLoopRecipe implements Recipe {
  @Override
  public String id() {
    return "array-copy-loop";
  }

  @Override
  public String description() {
    return "index loop copying src into a fresh array of src's length -> System.arraycopy";
  }

  @Override
  public Optional<String> apply(MethodDeclaration method, RecipeContext ctx) {
    if (systemShadowed(ctx.unit())) return Optional.empty();
    List<String> done = new ArrayList<>();
    for (ForStmt loop : method.findAll(ForStmt.class)) {
      Optional<Copy> copy = copyLoop(loop);
      if (copy.isEmpty() || !(loop.getParentNode().orElse(null) instanceof BlockStmt block)) continue;
      Copy c = copy.get();
      if (!c.src.equals(c.boundArray) && !c.dst.equals(c.boundArray)) continue;
      Optional<ArrayCreationExpr> creation = freshDestination(method, block, loop, c);
      if (creation.isEmpty()) continue;
      boolean exactLength = creation.get().getLevels().get(0).getDimension().map(d -> isLengthOf(d, c.src)).orElse(false);
      if (c.boundArray.equals(c.dst) && !exactLength) continue;
      if (!sameArrayType(loop, c)) continue;
      String bound = c.boundArray + ".length";
      loop.replace(StaticJavaParser.parseStatement("System.arraycopy(" + c.src + ", 0, " + c.dst + ", 0, " + bound + ");"));
      done.add("'" + c.dst + "[i] = " + c.src + "[i]' loop");
    }
    if (done.isEmpty()) return Optional.empty();
    return Optional.of(String.join(", ", done) + " became System.arraycopy: the destination is a fresh array at least as"
        + " long as the source and the loop copies every source element, so the arrays end up identical and the"
        + " copy cannot fail half-way on a bound.");
  }

  private record Copy(String index, String dst, String src, String boundArray) {}

  private static Optional<Copy> copyLoop(ForStmt loop) {
    if (loop.getInitialization().size() != 1 || !(loop.getInitialization().get(0) instanceof VariableDeclarationExpr init)
        || init.getVariables().size() != 1) return Optional.empty();
    VariableDeclarator iv = init.getVariable(0);
    if (!iv.getType().asString().equals("int") || !iv.getInitializer().map(e -> e instanceof IntegerLiteralExpr l && l.getValue().equals("0")).orElse(false)) {
      return Optional.empty();
    }
    String i = iv.getNameAsString();
    if (!(loop.getCompare().orElse(null) instanceof BinaryExpr cmp) || cmp.getOperator() != BinaryExpr.Operator.LESS
        || !isName(cmp.getLeft(), i) || !(cmp.getRight() instanceof FieldAccessExpr len) || !len.getNameAsString().equals("length")
        || !(len.getScope() instanceof NameExpr boundArray)) return Optional.empty();
    if (loop.getUpdate().size() != 1 || !Loops.incrementsByOne(loop.getUpdate().get(0), i)) return Optional.empty();
    Statement body = loop.getBody();
    if (body instanceof BlockStmt b) {
      if (b.getStatements().size() != 1) return Optional.empty();
      body = b.getStatement(0);
    }
    if (!(body instanceof ExpressionStmt es) || !(es.getExpression() instanceof AssignExpr a) || a.getOperator() != AssignExpr.Operator.ASSIGN
        || !(a.getTarget() instanceof ArrayAccessExpr to) || !(a.getValue() instanceof ArrayAccessExpr from)
        || !isName(to.getIndex(), i) || !isName(from.getIndex(), i)
        || !(to.getName() instanceof NameExpr dst) || !(from.getName() instanceof NameExpr src)
        || dst.getNameAsString().equals(src.getNameAsString())) return Optional.empty();
    return Optional.of(new Copy(i, dst.getNameAsString(), src.getNameAsString(), boundArray.getNameAsString()));
  }

  /** The {@code new T[src.length (+ k)]} that declares {@code dst} earlier in {@code block}, with no write in between. */
  private static Optional<ArrayCreationExpr> freshDestination(MethodDeclaration method, BlockStmt block, ForStmt loop, Copy c) {
    Optional<VariableDeclarator> decl = Variables.uniqueLocal(method, c.dst);
    if (decl.isEmpty() || !(decl.get().getInitializer().orElse(null) instanceof ArrayCreationExpr creation)
        || creation.getInitializer().isPresent() || creation.getLevels().size() != 1) return Optional.empty();
    int loopAt = block.getStatements().indexOf(loop);
    int declAt = -1;
    for (int k = 0; k < loopAt; k++) {
      if (Ast.isInside(decl.get(), block.getStatement(k))) declAt = k;
    }
    if (declAt < 0 || !(block.getStatement(declAt) instanceof ExpressionStmt)) return Optional.empty();
    if (!srcIsLocalOrParameter(loop, c.src)) return Optional.empty();
    for (int k = declAt + 1; k < loopAt; k++) {
      Statement between = block.getStatement(k);
      if (Variables.isWrittenIn(between, c.dst) || Variables.isWrittenIn(between, c.src)) return Optional.empty();
    }
    Expression dim = creation.getLevels().get(0).getDimension().orElse(null);
    if (dim == null) return Optional.empty();
    boolean fits = isLengthOf(dim, c.src)
        || dim instanceof BinaryExpr plus && plus.getOperator() == BinaryExpr.Operator.PLUS && isLengthOf(plus.getLeft(), c.src)
            && plus.getRight() instanceof IntegerLiteralExpr k && k.asNumber().longValue() >= 0;
    return fits ? Optional.of(creation) : Optional.empty();
  }

  private static boolean srcIsLocalOrParameter(ForStmt loop, String src) {
    // A field could be reassigned by any call between the allocation and the loop.
    for (NameExpr use : Variables.uses(loop.getBody(), src)) {
      try {
        ResolvedValueDeclaration d = use.resolve();
        return d.isParameter() || d.isVariable();
      } catch (RuntimeException | StackOverflowError e) {
        return false;
      }
    }
    return false;
  }

  private static boolean sameArrayType(ForStmt loop, Copy c) {
    List<NameExpr> names = loop.findAll(NameExpr.class, n -> n.getNameAsString().equals(c.src) || n.getNameAsString().equals(c.dst));
    Optional<String> src = names.stream().filter(n -> n.getNameAsString().equals(c.src)).findFirst().flatMap(Ast::declaredType);
    Optional<String> dst = names.stream().filter(n -> n.getNameAsString().equals(c.dst)).findFirst().flatMap(Ast::declaredType);
    return src.isPresent() && src.get().endsWith("[]") && src.equals(dst);
  }

  private static boolean isLengthOf(Expression e, String array) {
    return e instanceof FieldAccessExpr f && f.getNameAsString().equals("length") && isName(f.getScope(), array);
  }

  private static boolean isName(Expression e, String name) {
    return e instanceof NameExpr n && n.getNameAsString().equals(name);
  }


  private static boolean systemShadowed(CompilationUnit unit) {
    return unit.findAll(TypeDeclaration.class).stream().anyMatch(t -> t.getNameAsString().equals("System"))
        || unit.getImports().stream().anyMatch(imp -> !imp.isAsterisk() && imp.getNameAsString().endsWith(".System")
            && !imp.getNameAsString().equals("java.lang.System"));
  }
}
