package dev.flamefix.optimizer.template;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.SimpleName;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.resolution.types.ResolvedType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the slow and fast sides of an {@link EditRegion} into patterns, in place: the same
 * variable, user method, user type or literal becomes the same hole on both sides (anti-unification
 * of the two sides against each other), names only the fix declares become fresh-name holes, and
 * the type each variable hole had in the slow code (resolved by the symbol solver) becomes its
 * constraint. JDK types and JDK method names stay as they are: they are what the rewrite is about.
 */
final class Abstraction {
  private final Set<String> slowVariables = new HashSet<>();
  private final Set<String> fastVariables = new HashSet<>();
  private final Set<String> userMethods = new HashSet<>();
  private final Set<String> addedMethods = new HashSet<>();
  private final List<BodyDeclaration<?>> added;
  private final Map<String, String> holes = new HashMap<>();
  private final Map<Character, Integer> counters = new HashMap<>();
  private final Map<String, TypeConstraint> constraints = new LinkedHashMap<>();
  private final Map<String, String> literalKinds = new LinkedHashMap<>();
  private final Map<String, String> freshBases = new LinkedHashMap<>();
  private final List<Runnable> renames = new ArrayList<>();
  /** Types the slow code uses as type arguments: they are the element types, abstracted wherever they occur. */
  private final Set<String> elementTypes = new HashSet<>();
  private boolean abstractLiterals = true;

  Abstraction(TypeDeclaration<?> slowType, MethodDeclaration slowMethod, TypeDeclaration<?> fastType,
      MethodDeclaration fastMethod, List<BodyDeclaration<?>> added) {
    this.added = added;
    declared(slowType, slowMethod, slowVariables);
    declared(fastType, fastMethod, fastVariables);
    slowType.getMethods().forEach(m -> userMethods.add(m.getNameAsString()));
    fastType.getMethods().forEach(m -> userMethods.add(m.getNameAsString()));
    added.stream().filter(m -> m instanceof MethodDeclaration).forEach(m -> addedMethods.add(((MethodDeclaration) m).getNameAsString()));
  }

  private static void declared(TypeDeclaration<?> type, MethodDeclaration method, Set<String> into) {
    type.getFields().forEach(f -> f.getVariables().forEach(v -> into.add(v.getNameAsString())));
    method.findAll(Parameter.class).forEach(p -> into.add(p.getNameAsString()));
    method.findAll(VariableDeclarator.class).forEach(v -> into.add(v.getNameAsString()));
  }

  /** Abstracts both sides of {@code region} and the added members; false when something cannot be. */
  boolean abstractAll(EditRegion region) {
    abstractLiterals = !newTextLiterals(region);
    region.slow().forEach(s -> s.findAll(ClassOrInterfaceType.class).forEach(t -> {
      if (typeArgument(t)) elementTypes.add(t.toString());
    }));
    region.slow().forEach(s -> visit(s, true));
    region.fast().forEach(s -> visit(s, false));
    added.forEach(m -> visit(m, false));
    renames.forEach(Runnable::run);
    return true;
  }

  /**
   * Whether the fix writes string or char literals the slow code does not have: then the fix's
   * text depends on the slow code's literals ("%05d" became "00000"), so the literals stay concrete.
   */
  private boolean newTextLiterals(EditRegion region) {
    Set<String> had = new HashSet<>();
    region.slow().forEach(s -> s.findAll(LiteralExpr.class).forEach(l -> had.add(l.getClass().getSimpleName() + l)));
    List<Node> fast = new ArrayList<>(region.fast());
    fast.addAll(added);
    return fast.stream().flatMap(n -> n.findAll(LiteralExpr.class).stream())
        .filter(l -> l instanceof com.github.javaparser.ast.expr.StringLiteralExpr
            || l instanceof com.github.javaparser.ast.expr.CharLiteralExpr
            || l instanceof com.github.javaparser.ast.expr.TextBlockLiteralExpr)
        .anyMatch(l -> !had.contains(l.getClass().getSimpleName() + l));
  }

  /**
   * Whether some user method is called a different number of times, or at another loop depth, after
   * the fix: nothing shows such a method is pure, so the template could change what it does.
   */
  static boolean movesUserCalls(List<Statement> before, List<Statement> after, List<BodyDeclaration<?>> members) {
    return !callDepths(before).equals(callDepths(after)) || members.stream().anyMatch(m -> !callDepths(List.of(m)).isEmpty());
  }

  private static Map<String, List<Integer>> callDepths(List<? extends Node> roots) {
    Map<String, List<Integer>> out = new HashMap<>();
    for (Node r : roots) {
      for (MethodCallExpr call : r.findAll(MethodCallExpr.class)) {
        String name = call.getNameAsString();
        if (!name.startsWith("$m")) continue;
        int depth = 0;
        for (Node n = call; n != r && n.getParentNode().isPresent(); n = n.getParentNode().get()) {
          if (n instanceof com.github.javaparser.ast.stmt.ForStmt || n instanceof com.github.javaparser.ast.stmt.ForEachStmt
              || n instanceof com.github.javaparser.ast.stmt.WhileStmt || n instanceof com.github.javaparser.ast.stmt.DoStmt
              || n instanceof com.github.javaparser.ast.expr.LambdaExpr) {
            depth++;
          }
        }
        out.computeIfAbsent(name, k -> new ArrayList<>()).add(depth);
      }
    }
    out.values().forEach(l -> l.sort(Integer::compare));
    return out;
  }

  Map<String, TypeConstraint> constraints() {
    return constraints;
  }

  Map<String, String> literalKinds() {
    return literalKinds;
  }

  Map<String, String> freshBases() {
    return freshBases;
  }

  /** Variable holes declared in the slow statements whose declaration the fast statements change or drop. */
  Set<String> retyped(EditRegion region) {
    Map<String, String> after = new HashMap<>();
    region.fast().forEach(s -> s.findAll(VariableDeclarator.class).forEach(v -> after.put(v.getNameAsString(), v.getTypeAsString())));
    Set<String> out = new HashSet<>();
    for (Statement s : region.slow()) {
      for (VariableDeclarator v : s.findAll(VariableDeclarator.class)) {
        if (Template.isHole(v.getNameAsString()) && !v.getTypeAsString().equals(after.get(v.getNameAsString()))) {
          out.add(v.getNameAsString());
        }
      }
    }
    return out;
  }

  private void visit(Node n, boolean slow) {
    if (n instanceof ClassOrInterfaceType t && type(t, slow)) return;
    if (n instanceof LiteralExpr lit && !(lit instanceof BooleanLiteralExpr) && !(lit instanceof NullLiteralExpr)) {
      literal(lit, slow);
      return;
    }
    if (n instanceof SimpleName name) name(name, slow);
    for (Node c : new ArrayList<>(n.getChildNodes())) visit(c, slow);
  }

  /** True when {@code t} became a hole as a whole (its parts need no visit). */
  private boolean type(ClassOrInterfaceType t, boolean slow) {
    // The scope of a qualified type (java.util in java.util.TreeMap) is part of its name.
    if (t.getParentNode().filter(p -> p instanceof ClassOrInterfaceType pt && pt.getScope().orElse(null) == t).isPresent()) {
      return true;
    }
    boolean typeArgument = typeArgument(t) || elementTypes.contains(t.toString());
    String key = "t:" + (typeArgument ? t.toString() : t.getNameWithScope());
    // An element type only the fix mentions stays as it is: no match could bind it.
    if (typeArgument && !slow && !holes.containsKey(key) && jdk(t)) return false;
    if (!typeArgument && jdk(t)) return false;
    String hole = hole('t', key);
    if (typeArgument || t.getTypeArguments().isEmpty()) {
      renames.add(() -> t.replace(new ClassOrInterfaceType(null, hole)));
      return true;
    }
    renames.add(() -> {
      t.removeScope();
      t.setName(hole);
    });
    t.getTypeArguments().ifPresent(args -> args.forEach(a -> visit(a, false)));
    return true;
  }

  private static boolean typeArgument(ClassOrInterfaceType t) {
    return t.getParentNode().filter(p -> p instanceof ClassOrInterfaceType pt
        && pt.getTypeArguments().map(args -> args.stream().anyMatch(a -> a == t)).orElse(false)).isPresent();
  }

  private static boolean jdk(ClassOrInterfaceType t) {
    try {
      ResolvedType r = t.resolve();
      return r.isReferenceType() && TypeConstraint.isJdk(r.asReferenceType().getQualifiedName());
    } catch (RuntimeException | StackOverflowError e) {
      return false;
    }
  }

  private void literal(LiteralExpr lit, boolean slow) {
    if (!abstractLiterals) return;
    String key = "l:" + lit.getClass().getSimpleName() + ":" + lit;
    if (!slow && !holes.containsKey(key)) return;
    String hole = hole('l', key);
    literalKinds.put(hole, lit.getClass().getSimpleName());
    renames.add(() -> lit.replace(new NameExpr(hole)));
  }

  private void name(SimpleName name, boolean slow) {
    Node parent = name.getParentNode().orElse(null);
    String id = name.getIdentifier();
    String hole = null;
    if (parent instanceof NameExpr || parent instanceof VariableDeclarator vd && vd.getName() == name
        || parent instanceof Parameter p && p.getName() == name) {
      hole = variable(id, slow);
      if (hole != null && slow && hole.startsWith("$v") && !constraints.containsKey(hole)) {
        TypeConstraint c = TypeConstraint.of(typeOf(parent));
        if (c != null && c.kind() == TypeConstraint.Kind.JDK && elementTypes.contains(c.name().substring(c.name().lastIndexOf('.') + 1))) {
          // Its type is an abstracted element type: any reference type will do.
          c = new TypeConstraint(TypeConstraint.Kind.REFERENCE, null, null);
        }
        if (c != null) constraints.put(hole, c);
      }
    } else if (parent instanceof MethodCallExpr call && call.getName() == name) {
      if (addedMethods.contains(id)) {
        hole = fresh(id);
      } else if (!jdkMethod(call)) {
        hole = hole('m', "m:" + id);
      }
    } else if (parent instanceof FieldAccessExpr fa && fa.getName() == name) {
      if (fa.getScope() instanceof ThisExpr) {
        hole = variable(id, slow);
      } else if (userScope(fa.getScope())) {
        hole = hole('m', "m:" + id);
      }
    } else if (parent instanceof MethodDeclaration m && m.getName() == name && addedMethods.contains(id)) {
      hole = fresh(id);
    }
    if (hole != null) {
      String h = hole;
      renames.add(() -> name.setIdentifier(h));
    }
  }

  private String variable(String id, boolean slow) {
    if (slowVariables.contains(id)) return hole('v', "v:" + id);
    if (!slow && fastVariables.contains(id)) return fresh(id);
    return null;
  }

  private String fresh(String id) {
    String hole = hole('f', "f:" + id);
    freshBases.putIfAbsent(hole, id);
    return hole;
  }

  private String hole(char kind, String key) {
    return holes.computeIfAbsent(key, k -> {
      int n = counters.merge(kind, 1, Integer::sum) - 1;
      return "$" + kind + n;
    });
  }

  private boolean jdkMethod(MethodCallExpr call) {
    try {
      return TypeConstraint.isJdk(call.resolve().declaringType().getQualifiedName());
    } catch (RuntimeException | StackOverflowError e) {
      if (call.getScope().isEmpty()) return !userMethods.contains(call.getNameAsString());
      return jdkScope(call.getScope().get());
    }
  }

  private static boolean jdkScope(Expression scope) {
    try {
      ResolvedType t = scope.calculateResolvedType();
      return t.isArray() || t.isReferenceType() && TypeConstraint.isJdk(t.asReferenceType().getQualifiedName());
    } catch (RuntimeException | StackOverflowError e) {
      return false;
    }
  }

  /** Whether {@code scope} is code of a resolved non-JDK type (a package or class name is not). */
  private static boolean userScope(Expression scope) {
    try {
      ResolvedType t = scope.calculateResolvedType();
      return !(t.isArray() || t.isPrimitive() || t.isReferenceType() && TypeConstraint.isJdk(t.asReferenceType().getQualifiedName()));
    } catch (RuntimeException | StackOverflowError e) {
      return false;
    }
  }

  private static ResolvedType typeOf(Node declarationOrUse) {
    try {
      if (declarationOrUse instanceof NameExpr e) return e.calculateResolvedType();
      if (declarationOrUse instanceof VariableDeclarator v) {
        return v.getType().isVarType() ? v.getInitializer().map(Expression::calculateResolvedType).orElse(null) : v.getType().resolve();
      }
      if (declarationOrUse instanceof Parameter p && !p.getType().isUnknownType() && !p.getType().isVarType()) {
        return p.getType().resolve();
      }
    } catch (RuntimeException | StackOverflowError e) {
      return null;
    }
    return null;
  }

}
