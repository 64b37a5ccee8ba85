package dev.flamefix.optimizer.recipe;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.LiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.stmt.LocalClassDeclarationStmt;
import dev.flamefix.kb.ast.Variables;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A collection held in a field that cannot change while one loop of a method runs — neither
 * reassigned nor mutated — so a snapshot or an iterator taken before the loop sees what every
 * iteration would have seen:
 *
 * <ul>
 *   <li>the field is {@code private} in the method's own class (only this class's code can reach
 *       it) and either {@code final} or assigned only in its initializer and in constructors (so no
 *       method, however reached, reassigns it);
 *   <li>the name is not shadowed in the method (no parameter, local or lambda parameter of that
 *       name), so every simple-name mention is the field;
 *   <li>the method mentions no {@code this} and holds no lambda, method reference, anonymous or
 *       local class (nothing created before the loop can carry a path back to the object into it);
 *   <li>the loop makes no unqualified or {@code this} call and every call in it that takes
 *       arguments is one the caller vouches for (the recipe's own reads of the field, calls on
 *       fresh local JDK objects) or a static method of {@code Math}/{@code StrictMath}/a box class
 *       (primitives and Strings in, no user code called), so no argument can hand the field or its
 *       owner to other code;
 *   <li>every other call is made on a local or parameter of the method (not on a class name or
 *       another field, which could lead to shared state holding this object), and every object the
 *       loop creates is a JDK builder or collection built from literals, primitives or Strings (a
 *       user constructor could reach such state too).
 * </ul>
 *
 * <p>What a syntactic proof cannot rule out, the same assumption the local-list recipes make: a
 * zero-argument call on another object (an accessor) does not reach back into this object and
 * mutate the field. Another thread mutating the collection during the loop is a data race in the
 * original already.
 */
final class ConfinedField {
  private static final Set<String> CLOSED_CLASSES = Set.of("Math", "StrictMath", "Integer", "Long", "Double", "Float",
      "Short", "Byte", "Character", "Boolean");

  private static final Set<String> JDK_CREATIONS = Set.of("StringBuilder", "String", "ArrayList", "HashMap", "HashSet",
      "LinkedHashMap", "LinkedHashSet", "TreeMap", "TreeSet", "ArrayDeque", "LinkedList");
  private static final Set<String> PRIMITIVES = Set.of("int", "long", "short", "byte", "char", "boolean", "double", "float");

  private ConfinedField() {}

  /** The declarator of field {@code name} if the field-level and method-level checks above hold. */
  static Optional<VariableDeclarator> of(MethodDeclaration method, String name) {
    if (method.getParameters().stream().anyMatch(p -> p.getNameAsString().equals(name))) return Optional.empty();
    if (Variables.isDeclaredIn(method, name)) return Optional.empty();
    if (!method.findAll(ThisExpr.class).isEmpty() || !method.findAll(LambdaExpr.class).isEmpty()
        || !method.findAll(MethodReferenceExpr.class).isEmpty() || !method.findAll(LocalClassDeclarationStmt.class).isEmpty()
        || method.findAll(ObjectCreationExpr.class).stream().anyMatch(o -> o.getAnonymousClassBody().isPresent())) {
      return Optional.empty();
    }
    if (!(method.getParentNode().orElse(null) instanceof TypeDeclaration<?> type)) return Optional.empty();
    for (FieldDeclaration f : type.getFields()) {
      if (!f.isPrivate()) continue;
      for (VariableDeclarator v : f.getVariables()) {
        if (!v.getNameAsString().equals(name)) continue;
        return f.isFinal() || assignments(type, name).stream().allMatch(e -> inConstruction(type, e))
            ? Optional.of(v) : Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * Does {@code loop} make no call that could reach the field, besides those {@code vouched} for?
   * Calls with arguments are allowed only if vouched for or static methods of {@link #CLOSED_CLASSES}.
   */
  static boolean unreachableFrom(Node loop, Predicate<MethodCallExpr> vouched) {
    if (Ast.hasSelfCalls(loop)) return false;
    return loop.findAll(MethodCallExpr.class).stream()
        .allMatch(c -> c.getArguments().isEmpty() || vouched.test(c) || onClosedClass(c));
  }

  /**
   * A static call on {@code Math}, {@code StrictMath} or a primitive box class: their methods take
   * primitives and Strings only, so they can call no user code and reach no collection. The name
   * must not be a variable or a type the file declares.
   */
  static boolean onClosedClass(MethodCallExpr c) {
    if (!(c.getScope().orElse(null) instanceof NameExpr n) || !CLOSED_CLASSES.contains(n.getNameAsString())) return false;
    String name = n.getNameAsString();
    if (Variables.shadowsField(c, name)) return false;
    Optional<MethodDeclaration> method = c.findAncestor(MethodDeclaration.class);
    if (method.isEmpty() || Variables.isDeclaredIn(method.get(), name)) return false;
    return c.findCompilationUnit().map(cu -> cu.findAll(TypeDeclaration.class, t -> t.getNameAsString().equals(name)).isEmpty())
        .orElse(false);
  }

  /**
   * Is every call in {@code loop} made on a receiver rooted in a local or parameter of {@code
   * method}, a literal, or the field {@code name} itself (whose uses the recipe checks)? A call on a class name or on another field may reach shared state that
   * holds this object; a local's object can only if it is an alias, the stated assumption.
   */
  static boolean callsOnlyOnLocals(MethodDeclaration method, Node loop, String name) {
    for (ObjectCreationExpr o : loop.findAll(ObjectCreationExpr.class)) {
      // A constructor is user code like any method: it could reach shared state that holds this object.
      if (!jdkCreation(o)) return false;
    }
    for (MethodCallExpr c : loop.findAll(MethodCallExpr.class)) {
      if (onClosedClass(c)) continue;
      Expression root = c.getScope().orElse(null);
      while (root instanceof MethodCallExpr m && m.getScope().isPresent()) root = m.getScope().get();
      while (root instanceof EnclosedExpr e) root = e.getInner();
      boolean local = root instanceof NameExpr n && (n.getNameAsString().equals(name) || Variables.isDeclaredIn(method, n.getNameAsString()));
      if (!local && !(root instanceof LiteralExpr)) return false;
    }
    return true;
  }

  /**
   * {@code new} of a JDK builder or collection (not declared in the file, no anonymous body) whose
   * arguments are literals or primitive/String-typed: its constructor runs no user code.
   */
  private static boolean jdkCreation(ObjectCreationExpr o) {
    String name = o.getType().getNameAsString();
    if (!JDK_CREATIONS.contains(name) || o.getAnonymousClassBody().isPresent()) return false;
    boolean declaredHere = o.findCompilationUnit()
        .map(cu -> !cu.findAll(TypeDeclaration.class, t -> t.getNameAsString().equals(name)).isEmpty()).orElse(true);
    if (declaredHere) return false;
    return o.getArguments().stream().allMatch(a -> a instanceof LiteralExpr
        || Ast.typeOf(a).map(t -> t.equals("java.lang.String") || PRIMITIVES.contains(t)).orElse(false));
  }

  /**
   * Declared type of field {@code name} if it is confined and {@code body} calls nothing with
   * arguments but {@code name.get(..)}.
   */
  static Optional<String> declaredType(MethodDeclaration method, String name, Node body) {
    if (!unreachableFrom(body, c -> isGetOn(c, name)) || !callsOnlyOnLocals(method, body, name)) return Optional.empty();
    return of(method, name).map(v -> v.getType().asString());
  }

  /**
   * Every assignment in {@code type} whose target is field {@code name} (as {@code name} or
   * {@code this.name}/{@code x.name}), its initializer included; nested types count (they can reach
   * a private field too).
   */
  static List<Expression> assignments(TypeDeclaration<?> type, String name) {
    List<Expression> values = new ArrayList<>();
    for (VariableDeclarator v : type.findAll(VariableDeclarator.class, v -> v.getNameAsString().equals(name)
        && v.getParentNode().filter(p -> p instanceof FieldDeclaration).isPresent())) {
      v.getInitializer().ifPresent(values::add);
    }
    for (AssignExpr a : type.findAll(AssignExpr.class)) {
      Expression t = a.getTarget();
      boolean hits = t instanceof NameExpr n && n.getNameAsString().equals(name)
          || t instanceof FieldAccessExpr fa && fa.getNameAsString().equals(name);
      if (hits) values.add(a);
    }
    return values;
  }

  /**
   * A field initializer, or an assignment whose nearest enclosing body is a constructor or
   * initializer block of {@code type} itself (not a method, lambda, or nested/anonymous class).
   */
  private static boolean inConstruction(TypeDeclaration<?> type, Expression value) {
    if (!(value instanceof AssignExpr a)) return true;
    if (a.getTarget() instanceof FieldAccessExpr fa && !fa.getScope().isThisExpr()) return false;
    for (Optional<Node> p = a.getParentNode(); p.isPresent(); p = p.get().getParentNode()) {
      Node n = p.get();
      if (n instanceof ConstructorDeclaration || n instanceof InitializerDeclaration) {
        return n.getParentNode().filter(t -> t == type).isPresent();
      }
      if (n instanceof MethodDeclaration || n instanceof LambdaExpr || n instanceof TypeDeclaration<?>
          || n instanceof ObjectCreationExpr) return false;
    }
    return false;
  }

  private static boolean isGetOn(MethodCallExpr c, String list) {
    return c.getNameAsString().equals("get") && c.getArguments().size() == 1
        && c.getScope().map(s -> s.isNameExpr() && s.asNameExpr().getNameAsString().equals(list)).orElse(false);
  }
}
