package dev.flamefix.optimizer.recipe;

import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.Modifier;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.ArrayCreationExpr;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code missing-memoization}: a pure, tree-recursive function of small primitive arguments (the
 * classic {@code fib(n - 1) + fib(n - 2)}) recomputes the same sub-results exponentially often; it
 * now keeps a per-call memo.
 *
 * <p>The method keeps its signature and delegates to a private helper that carries a {@code
 * HashMap} created fresh for each outside call (no state survives between calls, so no growth and
 * no thread-safety issue); the helper is the original body with self-calls redirected to itself,
 * a lookup at entry and a store before each {@code return}.
 *
 * <p>Preconditions (purity, which makes caching unobservable): 1–3 key parameters, all {@code
 * int} or {@code long}, plus any parameters every self-call passes through unchanged and the body
 * only reads ({@link MemoInvariantParameters}: fixed within one outside call, so not part of the
 * key); a primitive return type; the body calls only itself (at least twice), {@code Math}
 * functions and read-only JDK calls on those pass-through parameters, reads only its parameters,
 * locals and {@code static final} literal constants (no other fields, no {@code this}, array
 * writes, object creation, lambdas); not {@code synchronized}. Exceptions are not cached, so a
 * throwing argument throws again. Recursion depth is unchanged up to one extra frame. The function
 * may be the target or a helper of its class that the target calls (the recursion usually starts
 * from a public entry point). An expensive pure helper called with repeated arguments in a loop
 * is handled by {@link HelperCallMemo}.
 */
public final class MissingMemoizationRecipe implements Recipe {
  private static final Map<String, String> BOXED = Map.of("int", "Integer", "long", "Long", "double", "Double",
      "boolean", "Boolean", "float", "Float", "short", "Short", "byte", "Byte", "char", "Character");

  @Override
  public String id() {
    return "missing-memoization";
  }

  @Override
  public String description() {
    return "pure tree-recursive function of int/long args, or an expensive pure helper called in a loop -> per-call memo";
  }

  @Override
  public Optional<String> apply(MethodDeclaration target, RecipeContext ctx) {
    Optional<String> own = memoise(target, ctx);
    if (own.isPresent()) return own;
    // The recursion often lives in a helper the public method starts once (count(ops, 0, n)).
    for (MethodDeclaration helper : Callees.called(target, ctx.type())) {
      Optional<String> done = memoise(helper, ctx);
      if (done.isPresent()) return Optional.of(done.get() + " (" + target.getNameAsString() + " calls it)");
    }
    return HelperCallMemo.apply(target, ctx);
  }

  private Optional<String> memoise(MethodDeclaration method, RecipeContext ctx) {
    if (method.getBody().isEmpty()) return Optional.empty();
    List<Parameter> all = method.getParameters();
    BlockStmt body = method.getBody().get();
    String name = method.getNameAsString();
    List<MethodCallExpr> selfCallList = body.findAll(MethodCallExpr.class,
        c -> c.getScope().isEmpty() && c.getNameAsString().equals(name) && c.getArguments().size() == all.size());
    // The shape is tree recursion; below it, each refusal names the precondition that failed.
    if (selfCallList.size() < 2) return Optional.empty();
    String what = "'" + name + "' calls itself " + selfCallList.size() + " times but ";
    if (method.isSynchronized()) return ctx.refuse(what + "is synchronized");
    if (!method.getType().isPrimitiveType()) return ctx.refuse(what + "returns " + method.getType() + ", not a primitive");
    Set<String> invariant = MemoInvariantParameters.of(method, selfCallList);
    List<Parameter> params = all.stream().filter(p -> !invariant.contains(p.getNameAsString())).toList();
    if (params.isEmpty() || params.size() > 3) return ctx.refuse(what + "its key would have " + params.size() + " parameters (1 to 3 are memoised)");
    Optional<Parameter> wide = params.stream().filter(p -> !p.getType().asString().equals("int") && !p.getType().asString().equals("long")).findFirst();
    if (wide.isPresent()) return ctx.refuse(what + "parameter '" + wide.get().getNameAsString() + "' is " + wide.get().getType() + ", not int or long, and changes between calls");
    Set<String> locals = new HashSet<>();
    params.forEach(p -> locals.add(p.getNameAsString()));
    body.findAll(VariableDeclarator.class).forEach(v -> locals.add(v.getNameAsString()));
    if (invariant.stream().anyMatch(locals::contains)) return ctx.refuse(what + "a local shadows a pass-through parameter");
    // Creating the exception of a throw statement is allowed: exceptions are never cached.
    if (body.findAll(ObjectCreationExpr.class).stream().anyMatch(oc -> !(oc.getParentNode().orElse(null) instanceof com.github.javaparser.ast.stmt.ThrowStmt))) {
      return ctx.refuse(what + "creates objects (a cached result would share them)");
    }
    for (Class<? extends Node> banned : List.of(ThisExpr.class, ArrayCreationExpr.class, LambdaExpr.class, MethodReferenceExpr.class)) {
      if (!body.findAll(banned).isEmpty()) return ctx.refuse(what + "uses " + body.findAll(banned).get(0) + ", which a pure function of its arguments may not");
    }
    Optional<FieldAccessExpr> field = body.findAll(FieldAccessExpr.class).stream().filter(f -> !MemoInvariantParameters.isRead(f, invariant)).findFirst();
    if (field.isPresent()) return ctx.refuse(what + "reads " + field.get() + ", which may change between calls");
    if (!body.findAll(ArrayAccessExpr.class).stream().allMatch(a -> MemoInvariantParameters.isRead(a, invariant))) return ctx.refuse(what + "writes or indexes an array it does not only read");
    for (NameExpr n : body.findAll(NameExpr.class)) {
      String id = n.getNameAsString();
      if (locals.contains(id) || isMathScope(n)) continue;
      if (invariant.contains(id) && MemoInvariantParameters.isRead(n, invariant, selfCallList)) continue;
      if (!locals.contains(id) && !invariant.contains(id) && MemoInvariantParameters.isConstant(n, ctx.type())) continue;
      return ctx.refuse(what + "reads '" + id + "', which is not a parameter, local or literal constant (its value could change between calls)");
    }
    int selfCalls = 0;
    for (MethodCallExpr c : body.findAll(MethodCallExpr.class)) {
      boolean self = selfCallList.contains(c);
      boolean math = c.getScope().map(s -> s.toString().equals("Math")).orElse(false);
      if (self) selfCalls++;
      else if (!math && !MemoInvariantParameters.isReadCall(c, invariant)) return ctx.refuse(what + "calls " + c.getNameAsString() + "(), which may not be pure");
    }

    String ret = method.getType().asString();
    String boxedRet = BOXED.get(ret);
    // Two ints pack into one long exactly (high and low halves), avoiding a list allocation per call.
    boolean twoInts = params.size() == 2 && params.stream().allMatch(p -> p.getType().asString().equals("int"));
    String keyType = params.size() == 1 ? BOXED.get(params.get(0).getType().asString()) : twoInts ? "Long" : "List<Long>";
    String keyExpr = params.size() == 1 ? params.get(0).getNameAsString()
        : twoInts ? "((long) " + params.get(0).getNameAsString() + " << 32) | (" + params.get(1).getNameAsString() + " & 0xFFFFFFFFL)"
        : "List.of(" + params.stream().map(p -> "(long) " + p.getNameAsString()).collect(Collectors.joining(", ")) + ")";
    String helper = ctx.freshName(name + "Memo");
    String memo = ctx.freshName("memo");
    String key = ctx.freshName("memoKey");
    String hit = ctx.freshName("memoHit");
    String result = ctx.freshName("memoResult");

    MethodDeclaration h = new MethodDeclaration();
    h.setName(helper);
    h.setType(method.getType().clone());
    h.setModifiers(new NodeList<>(Modifier.privateModifier(), Modifier.staticModifier()));
    NodeList<Parameter> hp = new NodeList<>();
    all.forEach(p -> hp.add(p.clone()));
    hp.add(new Parameter(StaticJavaParser.parseType("Map<" + keyType + ", " + boxedRet + ">"), memo));
    h.setParameters(hp);
    BlockStmt hb = body.clone();
    for (MethodCallExpr c : hb.findAll(MethodCallExpr.class)) {
      if (c.getScope().isEmpty() && c.getNameAsString().equals(name) && c.getArguments().size() == all.size()) {
        c.setName(helper);
        c.addArgument(new NameExpr(memo));
      }
    }
    for (ReturnStmt r : hb.findAll(ReturnStmt.class)) {
      BlockStmt store = new BlockStmt();
      store.addStatement(StaticJavaParser.parseStatement(ret + " " + result + " = " + r.getExpression().orElseThrow() + ";"));
      store.addStatement(StaticJavaParser.parseStatement(memo + ".put(" + key + ", " + result + ");"));
      store.addStatement(StaticJavaParser.parseStatement("return " + result + ";"));
      r.replace(store);
    }
    NodeList<Statement> stmts = new NodeList<>();
    stmts.add(StaticJavaParser.parseStatement(keyType + " " + key + " = " + keyExpr + ";"));
    stmts.add(StaticJavaParser.parseStatement(boxedRet + " " + hit + " = " + memo + ".get(" + key + ");"));
    stmts.add(StaticJavaParser.parseStatement("if (" + hit + " != null) return " + hit + ";"));
    stmts.addAll(hb.getStatements());
    // Re-parsed: a clone keeps the lexical-preservation text of the original, which would print the unrenamed self-calls.
    h.setBody(StaticJavaParser.parseBlock(new BlockStmt(stmts).toString()));

    String args = all.stream().map(Parameter::getNameAsString).collect(Collectors.joining(", "));
    method.setBody(new BlockStmt(new NodeList<>(StaticJavaParser.parseStatement("return " + helper + "(" + args + ", new HashMap<>());"))));
    ctx.addMethod(h);
    ctx.importType("java.util.Map");
    ctx.importType("java.util.HashMap");
    if (params.size() > 1 && !twoInts) ctx.importType("java.util.List");
    return Optional.of("'" + name + "' is a pure function that calls itself " + selfCalls + " times per invocation, so"
        + " it recomputes the same sub-results exponentially often; it now delegates to " + helper + ", which caches"
        + " each result by argument in a map created per outside call. Pure functions return the same value for the"
        + " same arguments, so results are identical and nothing is retained between calls.");
  }

  private static boolean isMathScope(NameExpr n) {
    return n.getNameAsString().equals("Math") && n.getParentNode().filter(p -> p instanceof MethodCallExpr).isPresent();
  }
}
