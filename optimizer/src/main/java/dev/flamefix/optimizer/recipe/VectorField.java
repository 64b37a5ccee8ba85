package dev.flamefix.optimizer.recipe;

import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The field shape of {@code synchronized-legacy-collection}: a {@code private final Vector} field
 * that is filled only while the object is constructed and only read afterwards becomes an {@code
 * ArrayList}.
 *
 * <p>Why each check: the two lists differ only in locking (and serial form). After construction
 * nothing writes the list, and a final field publishes everything reachable through it to every
 * thread once the constructor ends (JLS 17.5), so concurrent readers need no lock — provided
 * {@code this} cannot reach another thread before then: constructors, instance initializers and
 * field initializers pass {@code this} nowhere (no bare {@code this}, lambdas, method references,
 * anonymous classes, or calls that may be instance methods). Every mention of the field anywhere in
 * the file is {@code name} or {@code this.name} in the class itself, outside nested or deferred
 * code, and is either a for-each iterable, an operand of string concatenation (both classes print
 * alike), or the receiver of a {@code List} method: mutators
 * ({@code add}, {@code set}, {@code remove}, ..., and {@code iterator}, whose iterator can remove)
 * only in constructors and initializers, readers ({@code get}, {@code size}, {@code contains},
 * ...) anywhere; the list never escapes (no argument, return, assignment, {@code synchronized}).
 * No local or parameter shares the name. The class is not {@code Serializable}, whose stream form
 * names the field's class. The field is created with {@code new Vector<>()} with at most one
 * argument, which {@code ArrayList} accepts with the same meaning.
 */
final class VectorField {
  private static final Set<String> READERS = Set.of("get", "size", "isEmpty", "contains", "indexOf", "lastIndexOf",
      "stream", "forEach", "toArray", "containsAll", "toString", "hashCode", "equals");
  private static final Set<String> WRITERS = Set.of("add", "addAll", "set", "remove", "clear", "sort", "removeIf",
      "replaceAll", "iterator", "listIterator");
  private static final Set<String> DECLARED = Set.of("Vector", "java.util.Vector", "List", "java.util.List");

  private VectorField() {}

  static Optional<String> apply(MethodDeclaration method, RecipeContext ctx) {
    if (!(ctx.type() instanceof ClassOrInterfaceDeclaration type) || type.isInterface() || serializable(type)) return Optional.empty();
    if (!constructionConfined(type)) return Optional.empty();
    List<String> converted = new ArrayList<>();
    for (FieldDeclaration f : type.getFields()) {
      if (!f.isPrivate() || !f.isFinal() || f.isStatic() || f.getVariables().size() != 1) continue;
      VariableDeclarator v = f.getVariable(0);
      if (!(v.getInitializer().orElse(null) instanceof ObjectCreationExpr oc) || !oc.getType().getNameAsString().equals("Vector")
          || oc.getArguments().size() > 1 || oc.getAnonymousClassBody().isPresent()) continue;
      if (!DECLARED.contains(Ast.erasure(v.getType().asString()))) continue;
      String name = v.getNameAsString();
      if (mentions(method, name).isEmpty() || !onlyConfinedUses(ctx, type, name)) continue;
      ClassOrInterfaceType list = StaticJavaParser.parseClassOrInterfaceType("ArrayList");
      oc.getType().getTypeArguments().ifPresent(a -> list.setTypeArguments(copy(a)));
      ObjectCreationExpr fresh = new ObjectCreationExpr(null, list, new NodeList<>());
      oc.getArguments().forEach(a -> fresh.addArgument(a.clone()));
      if (v.getType().isClassOrInterfaceType() && v.getType().asClassOrInterfaceType().getNameAsString().equals("Vector")) {
        ClassOrInterfaceType declared = StaticJavaParser.parseClassOrInterfaceType("ArrayList");
        v.getType().asClassOrInterfaceType().getTypeArguments().ifPresent(a -> declared.setTypeArguments(copy(a)));
        v.setType(declared);
      }
      v.setInitializer(fresh);
      ctx.importType("java.util.ArrayList");
      converted.add("'" + name + "'");
    }
    if (converted.isEmpty()) return Optional.empty();
    String fields = converted.size() == 1 ? "field " + converted.get(0) + " is a Vector"
        : "fields " + String.join(", ", converted) + " are Vectors";
    return Optional.of(fields + " filled only while the object is constructed and only"
        + " read afterwards, so per-call locking protects nothing (a final field publishes its contents to every"
        + " thread); now ArrayLists with the same contents and order.");
  }

  /** Mentions of field {@code name} in {@code scope}: plain names and {@code this.name}. */
  private static List<Expression> mentions(Node scope, String name) {
    List<Expression> out = new ArrayList<>(scope.findAll(NameExpr.class, n -> n.getNameAsString().equals(name)));
    out.addAll(scope.findAll(FieldAccessExpr.class, fa -> fa.getNameAsString().equals(name)));
    return out;
  }

  private static boolean onlyConfinedUses(RecipeContext ctx, TypeDeclaration<?> type, String name) {
    Node unit = ctx.unit();
    if (unit.findAll(VariableDeclarator.class, d -> d.getNameAsString().equals(name)).size() != 1) return false;
    if (!unit.findAll(Parameter.class, p -> p.getNameAsString().equals(name)).isEmpty()) return false;
    for (Expression use : mentions(unit, name)) {
      if (use instanceof FieldAccessExpr fa && !(fa.getScope() instanceof ThisExpr t && t.getTypeName().isEmpty())) return false;
      if (use.findAncestor(TypeDeclaration.class).orElse(null) != type || Ast.inDeferredCode(use, type)) return false;
      if (use.getParentNode().orElse(null) instanceof ForEachStmt fe && fe.getIterable() == use) continue;
      // Vector and ArrayList print alike (AbstractCollection.toString), so "..." + list reads the same.
      if (concatenatedIntoString(use)) continue;
      Optional<MethodCallExpr> call = Ast.callOn(use);
      if (call.isEmpty()) return false;
      String m = call.get().getNameAsString();
      if (READERS.contains(m)) continue;
      if (!WRITERS.contains(m) || !duringConstruction(use)) return false;
    }
    return true;
  }

  private static boolean concatenatedIntoString(Expression use) {
    if (!(use.getParentNode().orElse(null) instanceof BinaryExpr b) || b.getOperator() != BinaryExpr.Operator.PLUS) return false;
    try {
      return b.calculateResolvedType().describe().equals("java.lang.String");
    } catch (RuntimeException | StackOverflowError e) {
      return false;
    }
  }

  private static boolean duringConstruction(Node use) {
    Optional<CallableDeclaration> callable = use.findAncestor(CallableDeclaration.class);
    if (callable.isPresent()) return callable.get() instanceof ConstructorDeclaration;
    return use.findAncestor(InitializerDeclaration.class).map(i -> !i.isStatic()).orElse(false)
        || use.findAncestor(FieldDeclaration.class).map(f -> !f.isStatic()).orElse(false);
  }

  /** Constructors and instance initializers give {@code this} to nobody. */
  private static boolean constructionConfined(ClassOrInterfaceDeclaration type) {
    List<Node> construction = new ArrayList<>(type.getConstructors());
    type.getMembers().stream().filter(m -> m instanceof InitializerDeclaration i && !i.isStatic()).forEach(construction::add);
    type.getFields().stream().filter(f -> !f.isStatic()).forEach(construction::add);
    for (Node n : construction) {
      if (!n.findAll(LambdaExpr.class).isEmpty() || !n.findAll(MethodReferenceExpr.class).isEmpty()) return false;
      if (n.findFirst(ObjectCreationExpr.class, oc -> oc.getAnonymousClassBody().isPresent()).isPresent()) return false;
      for (ThisExpr t : n.findAll(ThisExpr.class)) {
        if (!(t.getParentNode().orElse(null) instanceof FieldAccessExpr)) return false;
      }
      for (MethodCallExpr c : n.findAll(MethodCallExpr.class, c -> c.getScope().isEmpty())) {
        if (!resolvesToStatic(c)) return false;
      }
    }
    return true;
  }

  private static boolean resolvesToStatic(MethodCallExpr c) {
    try {
      return c.resolve().isStatic();
    } catch (RuntimeException | StackOverflowError e) {
      return false;
    }
  }

  private static boolean serializable(ClassOrInterfaceDeclaration type) {
    try {
      return type.resolve().getAllAncestors().stream()
          .anyMatch(a -> a.getQualifiedName().equals("java.io.Serializable") || a.getQualifiedName().equals("java.io.Externalizable"));
    } catch (RuntimeException | StackOverflowError e) {
      return true;
    }
  }

  private static NodeList<Type> copy(NodeList<Type> args) {
    NodeList<Type> out = new NodeList<>();
    args.forEach(t -> out.add(t.clone()));
    return out;
  }
}
