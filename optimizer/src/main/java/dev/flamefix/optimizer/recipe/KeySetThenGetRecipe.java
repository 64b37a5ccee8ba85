package dev.flamefix.optimizer.recipe;

import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.type.VarType;
import com.github.javaparser.resolution.declarations.ResolvedMethodDeclaration;
import com.github.javaparser.resolution.declarations.ResolvedValueDeclaration;
import dev.flamefix.kb.ast.Variables;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code keyset-then-get}: {@code for (K k : m.keySet()) { ... m.get(k) ... }} looks every key up
 * again; iterating {@code m.entrySet()} hands key and value over together. The loop becomes {@code
 * for (Map.Entry<K, V> e : m.entrySet()) { K k = e.getKey(); ... e.getValue() ... }}.
 *
 * <p>Preconditions, which make {@code e.getValue()} the value {@code m.get(k)} returned:
 *
 * <ul>
 *   <li>{@code m} is a local, parameter or field (plain or {@code this.m}) whose declared type is a
 *       JDK map whose {@code get} changes nothing: {@code HashMap}, {@code TreeMap}, {@code
 *       SortedMap}, {@code NavigableMap}, {@code EnumMap}, {@code IdentityHashMap}, {@code
 *       Hashtable}, the concurrent maps, or {@code Map}/{@code LinkedHashMap}/{@code AbstractMap}.
 *       User-defined map types refuse: their {@code get} may do anything.
 *   <li>No creation of {@code m} visible in the method or class is an access-ordered {@code
 *       LinkedHashMap} (its {@code get} reorders the map, so the original throws {@code
 *       ConcurrentModificationException}) or an anonymous or user-defined subclass. When the
 *       creation is not visible (a parameter, a map returned by a call) the rule <em>assumes</em> a
 *       JDK map that is not access-ordered: with an access-ordered map the original throws on the
 *       second key of every map with two or more entries, so no working caller passes one.
 *   <li>The loop variable is not written in the body, and {@code m} is not written, not passed on
 *       and only read there ({@code get}, {@code containsKey}, {@code containsValue}, {@code
 *       getOrDefault}, {@code size}, {@code isEmpty}): a {@code put} or {@code remove} of the
 *       current key would make {@code get(k)} differ from the entry's value.
 *   <li>Every other call in the body resolves into the JDK or is an accessor, and every object
 *       created there is a JDK type or a record, so no user code runs that could reach {@code m}.
 * </ul>
 *
 * Assumed, not checked: keys are not mutated after insertion in a way that changes their hash or
 * order (then {@code get} misses an entry that iteration still finds). The target and the helpers
 * of its class that it calls are rewritten.
 */
public final class KeySetThenGetRecipe implements Recipe {
  private static final Set<String> GET_HAS_NO_EFFECT = Set.of("java.util.HashMap", "java.util.TreeMap", "java.util.SortedMap",
      "java.util.NavigableMap", "java.util.EnumMap", "java.util.IdentityHashMap", "java.util.Hashtable",
      "java.util.concurrent.ConcurrentHashMap", "java.util.concurrent.ConcurrentMap", "java.util.concurrent.ConcurrentSkipListMap",
      "java.util.concurrent.ConcurrentNavigableMap", "java.util.Map", "java.util.LinkedHashMap", "java.util.AbstractMap");
  private static final Set<String> JDK_MAP_CLASSES = Set.of("HashMap", "TreeMap", "LinkedHashMap", "EnumMap", "IdentityHashMap",
      "Hashtable", "ConcurrentHashMap", "ConcurrentSkipListMap");
  private static final Set<String> READS = Set.of("get", "containsKey", "containsValue", "getOrDefault", "size", "isEmpty");

  @Override
  public String id() {
    return "keyset-then-get";
  }

  @Override
  public String description() {
    return "for (k : m.keySet()) { ... m.get(k) ... } -> iterate m.entrySet() (JDK maps, m only read in the loop)";
  }

  @Override
  public Optional<String> apply(MethodDeclaration target, RecipeContext ctx) {
    List<String> done = new ArrayList<>();
    for (MethodDeclaration method : Callees.targetAndHelpers(target, ctx.type())) {
      for (ForEachStmt loop : method.findAll(ForEachStmt.class)) {
        rewrite(loop, method, ctx).ifPresent(map -> done.add("'" + map + "'"
            + (method == target ? "" : " in " + method.getNameAsString() + "(), which " + target.getNameAsString() + " calls")));
      }
    }
    if (done.isEmpty()) return Optional.empty();
    return Optional.of("A loop over keySet() looked every key up again with get; it now iterates entrySet() and reads getValue()"
        + " (" + String.join(", ", done) + "). The map is a JDK map whose get has no effect, it is only read in the loop,"
        + " so each entry's value is what get returned.");
  }

  private static Optional<String> rewrite(ForEachStmt loop, MethodDeclaration method, RecipeContext ctx) {
    if (!(loop.getIterable() instanceof MethodCallExpr keySet) || !keySet.getNameAsString().equals("keySet")
        || !keySet.getArguments().isEmpty() || keySet.getScope().isEmpty()) return Optional.empty();
    Expression mapRef = keySet.getScope().get();
    String map = mapName(mapRef);
    if (map == null || loop.getVariable().getVariables().size() != 1) return Optional.empty();
    String key = loop.getVariable().getVariable(0).getNameAsString();
    Statement body = loop.getBody();
    if (Variables.isWrittenIn(body, key) || Variables.isDeclaredIn(body, map) || Variables.isDeclaredIn(body, key)) return Optional.empty();
    ResolvedValueDeclaration decl = resolve(mapRef);
    if (decl == null || !(decl.isField() || decl.isParameter() || decl.isVariable())) return Optional.empty();
    String declared;
    try {
      declared = decl.getType().describe();
    } catch (RuntimeException | StackOverflowError e) {
      return Optional.empty();
    }
    List<String> typeArgs = Ast.typeArguments(declared);
    if (!GET_HAS_NO_EFFECT.contains(Ast.erasure(declared)) || typeArgs.size() != 2) return Optional.empty();
    if (!creationsAdmitted(map, decl, method)) return Optional.empty();

    List<MethodCallExpr> gets = new ArrayList<>();
    for (Expression use : mapUses(body, map)) {
      Optional<MethodCallExpr> call = Ast.callOn(use);
      if (call.isEmpty() || !READS.contains(call.get().getNameAsString())) return Optional.empty();
      MethodCallExpr c = call.get();
      if (c.getNameAsString().equals("get") && c.getArguments().size() == 1 && c.getArgument(0) instanceof NameExpr n
          && n.getNameAsString().equals(key)) gets.add(c);
    }
    if (gets.isEmpty() || !onlyJdkCodeRuns(body, map)) return Optional.empty();

    String entry = ctx.freshName("entry");
    boolean plain = typeArgs.stream().allMatch(t -> t.matches("java\\.lang\\.[A-Z]\\w*"));
    String entryType = "var";
    if (plain) {
      ctx.importType("java.util.Map");
      entryType = "Map.Entry<" + Ast.simpleType(typeArgs.get(0)) + ", " + Ast.simpleType(typeArgs.get(1)) + ">";
    }
    for (MethodCallExpr g : gets) g.replace(StaticJavaParser.parseExpression(entry + ".getValue()"));
    VariableDeclarationExpr oldVar = loop.getVariable();
    boolean keyStillUsed = !Variables.uses(body, key).isEmpty();
    BlockStmt block = body instanceof BlockStmt b ? b : new BlockStmt().addStatement(body.clone());
    if (keyStillUsed) {
      String mods = oldVar.getModifiers().isEmpty() ? "" : oldVar.getModifiers().toString().replace("[", "").replace("]", "").replace(",", "") + " ";
      block.addStatement(0, StaticJavaParser.parseStatement(mods + oldVar.getVariable(0).getType() + " " + key + " = " + entry + ".getKey();"));
    }
    if (block != body) loop.setBody(block);
    loop.setVariable(new VariableDeclarationExpr(plain ? StaticJavaParser.parseType(entryType) : new VarType(), entry));
    loop.setIterable(new MethodCallExpr(mapRef.clone(), "entrySet"));
    return Optional.of(map);
  }

  /** {@code m} or {@code this.m}; null otherwise. */
  private static String mapName(Expression ref) {
    if (ref instanceof NameExpr n) return n.getNameAsString();
    if (ref instanceof FieldAccessExpr f && f.getScope().isThisExpr()) return f.getNameAsString();
    return null;
  }

  private static ResolvedValueDeclaration resolve(Expression ref) {
    try {
      return ref instanceof NameExpr n ? n.resolve() : ((FieldAccessExpr) ref).resolve();
    } catch (RuntimeException | StackOverflowError e) {
      return null;
    }
  }

  /** Every spelling of the map inside {@code scope}: {@code m} and {@code this.m}. */
  private static List<Expression> mapUses(Node scope, String map) {
    List<Expression> out = new ArrayList<>(Variables.uses(scope, map));
    out.addAll(scope.findAll(FieldAccessExpr.class, f -> f.getScope().isThisExpr() && f.getNameAsString().equals(map)));
    return out;
  }

  /**
   * No visible creation of the map is access-ordered or a type whose {@code get} may do more than
   * look up: for a local, its initializer and assignments in the method; for a field, every
   * assignment in its class. Invisible creations are admitted (see the class comment).
   */
  private static boolean creationsAdmitted(String map, ResolvedValueDeclaration decl, MethodDeclaration method) {
    List<Expression> sources = new ArrayList<>();
    Node scope = method;
    if (decl.isField()) {
      Optional<TypeDeclaration<?>> type = method.findAncestor(TypeDeclaration.class).map(t -> (TypeDeclaration<?>) t);
      if (type.isEmpty()) return false;
      scope = type.get();
      for (FieldDeclaration f : type.get().getFields()) {
        for (VariableDeclarator v : f.getVariables()) if (v.getNameAsString().equals(map)) v.getInitializer().ifPresent(sources::add);
      }
    } else if (decl.isVariable()) {
      Optional<VariableDeclarator> local = Variables.uniqueLocal(method, map);
      if (local.isEmpty()) return false;
      local.get().getInitializer().ifPresent(sources::add);
    } else if (!(decl.isParameter() && method.getParameters().stream().map(Parameter::getNameAsString).anyMatch(map::equals))) {
      return false;
    }
    for (AssignExpr a : scope.findAll(AssignExpr.class)) {
      if (map.equals(mapName(a.getTarget()))) sources.add(a.getValue());
    }
    for (Expression s : sources) {
      if (!(Ast.unwrap(s) instanceof ObjectCreationExpr oc)) continue;
      if (oc.getAnonymousClassBody().isPresent() || !JDK_MAP_CLASSES.contains(oc.getType().getNameAsString())) return false;
      boolean declaredHere = method.findCompilationUnit().map(cu -> !cu.findAll(TypeDeclaration.class,
          t -> t.getNameAsString().equals(oc.getType().getNameAsString())).isEmpty()).orElse(true);
      if (declaredHere) return false;
      if (oc.getType().getNameAsString().equals("LinkedHashMap") && oc.getArguments().size() == 3
          && !(oc.getArgument(2) instanceof BooleanLiteralExpr b && !b.getValue())) return false;
    }
    return true;
  }

  /**
   * Whether every call in the body other than the map's reads resolves into the JDK or is an
   * accessor, and every object created is a JDK type or a record: then no user code runs that could
   * reach and change the map.
   */
  private static boolean onlyJdkCodeRuns(Statement body, String map) {
    for (MethodCallExpr c : body.findAll(MethodCallExpr.class)) {
      if (c.getScope().map(s -> map.equals(mapName(s))).orElse(false)) continue;
      if (PureReads.isAccessor(c)) continue;
      try {
        ResolvedMethodDeclaration d = c.resolve();
        if (!d.declaringType().getQualifiedName().startsWith("java.")) return false;
      } catch (RuntimeException | StackOverflowError e) {
        return false;
      }
    }
    for (ObjectCreationExpr oc : body.findAll(ObjectCreationExpr.class)) {
      if (oc.getAnonymousClassBody().isPresent()) return false;
      try {
        var t = oc.getType().resolve().asReferenceType().getTypeDeclaration().orElseThrow();
        if (!t.getQualifiedName().startsWith("java.") && !t.isRecord()) return false;
      } catch (RuntimeException | StackOverflowError e) {
        return false;
      }
    }
    return true;
  }
}
