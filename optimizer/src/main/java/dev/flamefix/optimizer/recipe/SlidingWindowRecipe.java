package dev.flamefix.optimizer.recipe;

import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.BreakStmt;
import com.github.javaparser.ast.stmt.ContinueStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.LabeledStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.ThrowStmt;
import com.github.javaparser.resolution.declarations.ResolvedValueDeclaration;
import dev.flamefix.kb.ast.Loops;
import dev.flamefix.kb.ast.Variables;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code sliding-window-recompute}: an integer sum over {@code a[s .. s+w)} recomputed inside a
 * loop — inline ({@code T t = 0; for (int j = s; j < s + w; j++) t += a[j];} or {@code for (int k =
 * 0; k < w; k++) t += a[s + k];}) or through a same-class helper whose whole body is {@code T t =
 * 0; for (int i = from; i < to; i++) t += a[i]; return t;} called as {@code h(a, s, s + w)} — keeps
 * the previous window's sum and slides it ({@code + a[s+w-1] - a[s-1]}) whenever the previous
 * computation was at {@code s - 1}; otherwise it runs the original computation.
 *
 * <p>Why it is exact: the accumulator and the elements are integers ({@code int/long/short/byte}
 * arrays, or a {@code java.util} {@code List} of their boxes read by {@code get}), and integer
 * addition wraps modulo 2<sup>32</sup>/2<sup>64</sup>, so adding the newest and subtracting the
 * oldest element gives the same bits as re-summing (floating point is refused: different
 * rounding). The slide is taken only when the previous window at {@code s - 1} was non-empty and
 * read all its elements ({@code w > 0} and {@code s + w} did not overflow), so {@code a[s-1]} was
 * read before and the only new read, {@code a[s+w-1]}, is the first element the original could
 * fail on: the same exception at the same index. Whatever the loop bounds, the step, an early
 * {@code continue} or {@code w < 1}, a window not preceded by the one at {@code s - 1} is summed as
 * before, so no bound needs proving.
 *
 * <p>Preconditions: {@code a} and {@code w} (a literal or a local, parameter or final field) are
 * neither declared nor written in the loop; the loop writes no array element (array form), calls
 * only JDK methods (besides the helper), passes neither {@code a} nor any array to them, and (list
 * form) calls nothing on {@code a} but {@code get/size/isEmpty} and no other collection unless it
 * was created in the method. Assumption (list form): the list's {@code get} has no effects, as in
 * every JDK list.
 */
public final class SlidingWindowRecipe implements Recipe {
  private static final Set<String> ARRAY_TYPES = Set.of("int[]", "long[]", "short[]", "byte[]");
  private static final Set<String> BOXES = Set.of("java.lang.Integer", "java.lang.Long", "java.lang.Short", "java.lang.Byte");
  private static final Set<String> LISTS = Set.of("java.util.List", "java.util.ArrayList", "java.util.LinkedList");
  private static final Set<String> LIST_READS = Set.of("get", "size", "isEmpty");

  @Override
  public String id() {
    return "sliding-window-recompute";
  }

  @Override
  public String description() {
    return "integer window sum recomputed per start (inline or via a sum helper) -> running sum slid by one element";
  }

  /** One recognised window: the statement(s) computing it and what it sums. */
  private record Window(Statement at, NameExpr array, boolean list, NameExpr start, Expression width, String accType,
      Runnable rewriteInPlace) {}

  @Override
  public Optional<String> apply(MethodDeclaration target, RecipeContext ctx) {
    List<String> done = Callees.rewriteTargetAndHelpers(target, ctx, (method, out) -> {
      for (ForStmt inner : method.findAll(ForStmt.class)) {
        if (inner.getParentNode().isEmpty()) continue; // detached by an earlier rewrite
        inline(inner, method, ctx).ifPresent(out::add);
      }
      for (MethodCallExpr call : method.findAll(MethodCallExpr.class)) {
        if (call.getParentNode().isEmpty() || !Ast.isInside(call, method)) continue;
        viaHelper(call, method, ctx).ifPresent(out::add);
      }
    });
    if (done.isEmpty()) return Optional.empty();
    return Optional.of("Kept a running window sum instead of re-summing every window: " + String.join("; ", done)
        + ". When the previous window started one element earlier (and was non-empty), the sum adds the newest"
        + " element and subtracts the oldest; integer addition wraps identically, so the result is exact; any"
        + " other window is summed as before.");
  }

  /** {@code T t = 0; for (int j = s; j < s + w; j++) t += a[j];} (or the {@code a[s + k]} form). */
  private static Optional<String> inline(ForStmt loop, MethodDeclaration method, RecipeContext ctx) {
    if (!(loop.getParentNode().get() instanceof BlockStmt block)) return Optional.empty();
    int idx = block.getStatements().indexOf(loop);
    if (idx < 1 || !(block.getStatement(idx - 1) instanceof ExpressionStmt declStmt)
        || !(declStmt.getExpression() instanceof VariableDeclarationExpr decl) || decl.getVariables().size() != 1) {
      return Optional.empty();
    }
    VariableDeclarator acc = decl.getVariable(0);
    String accType = acc.getType().isVarType()
        ? acc.getInitializer().map(i -> i instanceof LongLiteralExpr ? "long" : "int").orElse("")
        : acc.getType().asString();
    if (!(accType.equals("int") || accType.equals("long")) || acc.getInitializer().map(i -> !isZero(i)).orElse(true)) {
      return Optional.empty();
    }
    Optional<IndexLoop> il = IndexLoop.of(loop);
    if (il.isEmpty()) return Optional.empty();
    IndexLoop l = il.get();
    Optional<Expression> element = accumulated(l.body, acc.getNameAsString());
    if (element.isEmpty()) return Optional.empty();
    Optional<ElementRead> read = ElementRead.of(element.get());
    if (read.isEmpty()) return Optional.empty();
    NameExpr start;
    Expression width;
    if (l.from instanceof NameExpr s && isNamed(read.get().index, l.var)) {
      start = s;
      Optional<Expression> w = otherAddend(l.bound, s.getNameAsString());
      if (w.isEmpty()) return Optional.empty();
      width = w.get();
    } else if (isZero(l.from) && read.get().index instanceof BinaryExpr sum && sum.getOperator() == BinaryExpr.Operator.PLUS) {
      Optional<Expression> s = otherAddend(sum, l.var);
      if (s.isEmpty() || !(s.get() instanceof NameExpr sn) || sn.getNameAsString().equals(l.var)) return Optional.empty();
      start = sn;
      width = l.bound;
    } else {
      return Optional.empty();
    }
    if (Variables.isWrittenIn(l.body, start.getNameAsString()) || mentions(width, l.var)) return Optional.empty();
    ElementRead r = read.get();
    Window w = new Window(declStmt, r.array, r.list, start, width, accType, null);
    Optional<Node> outer = checked(w, method, loop);
    if (outer.isEmpty()) return Optional.empty();
    Optional<String> notFirst = notFirstWindow(w, outer.get(), method);
    State st = State.declare(ctx, outer.get(), accType, acc.getNameAsString(), notFirst.isEmpty());
    // if (slides) { win += newest; win -= oldest; } else { T t = 0; <loop>; win = t; }  T t = win;
    BlockStmt recompute = new BlockStmt();
    // Re-parsed rather than cloned: a clone shares the lexical-preservation text of the original.
    recompute.addStatement(StaticJavaParser.parseStatement(declStmt.toString()));
    recompute.addStatement(StaticJavaParser.parseStatement(loop.toString()));
    recompute.addStatement(StaticJavaParser.parseStatement(st.sum + " = " + acc.getNameAsString() + ";"));
    List<Statement> replacement = st.statements(w, recompute, notFirst);
    block.getStatements().remove(loop);
    int at = block.getStatements().indexOf(declStmt);
    block.getStatements().addAll(at, replacement);
    acc.setInitializer(new NameExpr(st.sum));
    return Optional.of("the sum of " + r.array + " over [" + start + ", " + start + " + " + width + ") in " + acc.getNameAsString()
        + everyIteration(notFirst));
  }

  /** {@code T x = h(a, s, s + w);} or {@code x = h(a, s, s + w);} where {@code h} only sums {@code [from, to)}. */
  private static Optional<String> viaHelper(MethodCallExpr call, MethodDeclaration method, RecipeContext ctx) {
    if (call.getArguments().size() != 3 || call.getScope().map(s -> !s.isThisExpr()).orElse(false)) return Optional.empty();
    Statement stmt;
    Node parent = call.getParentNode().orElseThrow();
    if (parent instanceof VariableDeclarator v && v.getParentNode().orElse(null) instanceof VariableDeclarationExpr d
        && d.getVariables().size() == 1 && d.getParentNode().orElse(null) instanceof ExpressionStmt es) {
      stmt = es;
    } else if (parent instanceof AssignExpr a && a.getOperator() == AssignExpr.Operator.ASSIGN && a.getValue() == call
        && a.getParentNode().orElse(null) instanceof ExpressionStmt es) {
      stmt = es;
    } else {
      return Optional.empty();
    }
    if (!(stmt.getParentNode().orElse(null) instanceof BlockStmt block)) return Optional.empty();
    Optional<MethodDeclaration> helper = Callees.declaration(call, ctx.type());
    if (helper.isEmpty()) return Optional.empty();
    Optional<String> accType = summingHelper(helper.get());
    if (accType.isEmpty()) return Optional.empty();
    if (!(call.getArgument(0) instanceof NameExpr array) || !(call.getArgument(1) instanceof NameExpr start)) return Optional.empty();
    Optional<Expression> width = otherAddend(call.getArgument(2), start.getNameAsString());
    if (width.isEmpty()) return Optional.empty();
    boolean list = !Ast.typeOf(array).map(ARRAY_TYPES::contains).orElse(false);
    if (list && !isIntegerList(array)) return Optional.empty();
    Window w = new Window(stmt, array, list, start, width.get(), accType.get(), null);
    Optional<Node> outer = checked(w, method, call);
    if (outer.isEmpty()) return Optional.empty();
    Optional<String> notFirst = notFirstWindow(w, outer.get(), method);
    State st = State.declare(ctx, outer.get(), accType.get(), helper.get().getNameAsString(), notFirst.isEmpty());
    BlockStmt recompute = new BlockStmt();
    recompute.addStatement(StaticJavaParser.parseStatement(st.sum + " = " + call + ";"));
    List<Statement> replacement = st.statements(w, recompute, notFirst);
    call.replace(new NameExpr(st.sum));
    block.getStatements().addAll(block.getStatements().indexOf(stmt), replacement);
    return Optional.of(helper.get().getNameAsString() + "(" + array + ", " + start + ", " + start + " + " + width.get()
        + ") per start" + everyIteration(notFirst));
  }

  private static String everyIteration(Optional<String> notFirst) {
    return notFirst.map(t -> " (every iteration sums the window one element after the previous one, so the sum slides"
        + " whenever " + t + ")").orElse("");
  }

  /**
   * The test {@code s > INIT} when it alone says that the kept sum is the window at {@code s - 1}
   * and that sliding it is exact, so the rewrite needs no guard that no input could ever take
   * the other way (the validator's coverage gate requires every changed decision to go both
   * ways): the loop is {@code for (int s = INIT; s <= a.length - w; s++)} (or {@code a.size()}, or
   * {@code s + w <= a.length} when {@code INIT} is 0) with {@code INIT} a literal, {@code s} written only by the
   * update, the window computed by a statement of the loop's own body with no {@code continue}
   * before it (so every iteration computes the window at its {@code s}, and the previous one's
   * at {@code s - 1}), and {@code w > 0} known: a positive literal, or a parameter or local never
   * written whose {@code w <= 0} (or {@code w < 1}) is a disjunct of an {@code if} before the
   * loop, in a block enclosing it, whose branch throws or returns. Then no window's end
   * overflows: with {@code s <= a.length - w} none can; otherwise the first ends at {@code w}, and
   * each next one ends one later only after the previous passed {@code s + w <= a.length}, so below {@code Integer.MAX_VALUE}
   * given that no array or list holds {@code Integer.MAX_VALUE} elements (the largest array
   * HotSpot allocates is 2 shorter, and a JDK list's size is bounded by its array); and every
   * window read all {@code w > 0} of its elements, the one at {@code s - 1} included.
   */
  private static Optional<String> notFirstWindow(Window w, Node loop, MethodDeclaration method) {
    if (!(loop instanceof ForStmt f) || f.getInitialization().size() != 1 || f.getUpdate().size() != 1
        || f.getCompare().isEmpty() || !(f.getInitialization().get(0) instanceof VariableDeclarationExpr d)
        || d.getVariables().size() != 1) {
      return Optional.empty();
    }
    VariableDeclarator v = d.getVariable(0);
    String s = w.start().getNameAsString();
    if (!v.getNameAsString().equals(s) || !v.getType().asString().equals("int")
        || !(v.getInitializer().orElse(null) instanceof IntegerLiteralExpr init)
        || !Loops.incrementsByOne(f.getUpdate().get(0), s) || Variables.isWrittenIn(f.getBody(), s)
        || !boundedByLength(f.getCompare().get(), s, w, init.asNumber().longValue() == 0) || !positive(w.width(), f, method)
        || !(f.getBody() instanceof BlockStmt body) || w.at().getParentNode().orElse(null) != body) {
      return Optional.empty();
    }
    for (Statement before : body.getStatements().subList(0, body.getStatements().indexOf(w.at()))) {
      if (!before.findAll(ContinueStmt.class).isEmpty()) return Optional.empty();
    }
    return Optional.of(s + " > " + init);
  }

  /**
   * {@code s <= a.length - w} ({@code a.size()}), or, when {@code s} starts at 0, {@code s + w <=
   * a.length} or {@code a.length >= s + w}. From another start {@code s + w} may wrap on the first
   * iteration ({@code for (int s = 1; s + w <= n; s++)} with {@code w == Integer.MAX_VALUE} enters
   * the loop with an empty window), and the next would slide from it.
   */
  private static boolean boundedByLength(Expression compare, String s, Window w, boolean fromZero) {
    if (!(Ast.unwrap(compare) instanceof BinaryExpr c)) return false;
    Expression low;
    Expression high;
    if (c.getOperator() == BinaryExpr.Operator.LESS_EQUALS) {
      low = c.getLeft();
      high = c.getRight();
    } else if (c.getOperator() == BinaryExpr.Operator.GREATER_EQUALS) {
      low = c.getRight();
      high = c.getLeft();
    } else {
      return false;
    }
    String width = w.width().toString();
    if (otherAddend(low, s).map(x -> x.toString().equals(width)).orElse(false)) return fromZero && isLength(high, w);
    return isNamed(low, s) && Ast.unwrap(high) instanceof BinaryExpr minus && minus.getOperator() == BinaryExpr.Operator.MINUS
        && isLength(minus.getLeft(), w) && Ast.unwrap(minus.getRight()).toString().equals(width);
  }

  private static boolean isLength(Expression e, Window w) {
    Expression x = Ast.unwrap(e);
    String a = w.array().getNameAsString();
    if (w.list()) {
      return x instanceof MethodCallExpr c && c.getNameAsString().equals("size") && c.getArguments().isEmpty()
          && c.getScope().map(sc -> isNamed(sc, a)).orElse(false);
    }
    return x instanceof FieldAccessExpr fa && fa.getNameAsString().equals("length") && isNamed(fa.getScope(), a);
  }

  /**
   * Whether {@code width} is known to be positive where {@code loop} starts: a positive literal, or
   * a parameter or local never written after its declaration that an earlier guard rules out
   * being {@code <= 0} ({@code if (.. || w <= 0 || ..) throw/return}).
   */
  private static boolean positive(Expression width, ForStmt loop, MethodDeclaration method) {
    if (width instanceof IntegerLiteralExpr i) {
      return i.asNumber().longValue() > 0;
    }
    if (!(width instanceof NameExpr n) || method.getBody().isEmpty()) return false;
    String name = n.getNameAsString();
    boolean parameter = method.getParameters().stream().anyMatch(p -> p.getNameAsString().equals(name));
    if (!parameter && Variables.uniqueLocal(method, name).isEmpty() || Variables.isWrittenIn(method.getBody().get(), name)) {
      return false;
    }
    for (Node at = loop; at != method; at = at.getParentNode().orElse(method)) {
      if (!(at.getParentNode().orElse(null) instanceof BlockStmt block) || !(at instanceof Statement here)) continue;
      for (Statement before : block.getStatements().subList(0, block.getStatements().indexOf(here))) {
        if (before instanceof IfStmt guard && guard.getElseStmt().isEmpty() && leaves(guard.getThenStmt())
            && disjuncts(guard.getCondition()).stream().anyMatch(x -> atMostZero(x, name))) {
          return true;
        }
      }
    }
    return false;
  }

  /** A {@code throw} or {@code return}, alone or ending a block without {@code break/continue}. */
  private static boolean leaves(Statement then) {
    Statement last = then;
    if (then instanceof BlockStmt b) {
      if (b.getStatements().isEmpty() || !b.findAll(BreakStmt.class).isEmpty() || !b.findAll(ContinueStmt.class).isEmpty()) {
        return false;
      }
      last = b.getStatements().getLast().orElseThrow();
    }
    return last instanceof ThrowStmt || last instanceof ReturnStmt;
  }

  private static List<Expression> disjuncts(Expression e) {
    Expression x = Ast.unwrap(e);
    if (x instanceof BinaryExpr b && b.getOperator() == BinaryExpr.Operator.OR) {
      List<Expression> out = new java.util.ArrayList<>(disjuncts(b.getLeft()));
      out.addAll(disjuncts(b.getRight()));
      return out;
    }
    return List.of(x);
  }

  /** {@code w <= 0}, {@code w < 1}, {@code 0 >= w} or {@code 1 > w}. */
  private static boolean atMostZero(Expression e, String w) {
    if (!(e instanceof BinaryExpr b)) return false;
    return switch (b.getOperator()) {
      case LESS_EQUALS -> isNamed(b.getLeft(), w) && isLiteral(b.getRight(), 0);
      case LESS -> isNamed(b.getLeft(), w) && isLiteral(b.getRight(), 1);
      case GREATER_EQUALS -> isNamed(b.getRight(), w) && isLiteral(b.getLeft(), 0);
      case GREATER -> isNamed(b.getRight(), w) && isLiteral(b.getLeft(), 1);
      default -> false;
    };
  }

  private static boolean isLiteral(Expression e, int value) {
    return Ast.unwrap(e) instanceof IntegerLiteralExpr i && i.asNumber().longValue() == value;
  }

  /** The running state: the kept sum, the start it belongs to, whether the next start may slide. */
  private record State(String sum, String start, String slides) {
    /** The kept sum and, unless {@code tracked} is false, the start it belongs to and whether it may slide. */
    static State declare(RecipeContext ctx, Node loop, String accType, String base, boolean tracked) {
      State st = tracked
          ? new State(ctx.freshName(base + "Window"), ctx.freshName(base + "WindowStart"), ctx.freshName(base + "WindowSlides"))
          : new State(ctx.freshName(base + "Window"), null, null);
      Node anchor = loop.getParentNode().orElseThrow() instanceof LabeledStmt l ? l : loop;
      BlockStmt block = (BlockStmt) anchor.getParentNode().orElseThrow();
      int at = block.getStatements().indexOf((Statement) anchor);
      if (tracked) {
        block.getStatements().add(at, StaticJavaParser.parseStatement("boolean " + st.slides + " = false;"));
        block.getStatements().add(at, StaticJavaParser.parseStatement("int " + st.start + " = 0;"));
      }
      block.getStatements().add(at, StaticJavaParser.parseStatement(accType + " " + st.sum + " = 0;"));
      return st;
    }

    /** The slide-or-recompute statements; {@code notFirst} is the whole test when every iteration slides. */
    List<Statement> statements(Window w, BlockStmt recompute, Optional<String> notFirst) {
      String s = w.start().getNameAsString();
      String width = w.width().toString();
      String newest = read(w, s + " + " + width + " - 1");
      String oldest = read(w, s + " - 1");
      String test = notFirst.orElse(slides + " && " + s + " == " + start + " + 1 && " + s + " + " + width + " > " + s);
      Statement slide = StaticJavaParser.parseStatement("if (" + test + ") { " + sum + " += " + newest + "; " + sum + " -= "
          + oldest + "; } else {}");
      slide.asIfStmt().setElseStmt(recompute);
      if (notFirst.isPresent()) return List.of(slide);
      return List.of(slide,
          StaticJavaParser.parseStatement(start + " = " + s + ";"),
          StaticJavaParser.parseStatement(slides + " = " + width + " > 0 && " + s + " + " + width + " > " + s + ";"));
    }

    private static String read(Window w, String index) {
      return w.list() ? w.array() + ".get(" + index + ")" : w.array() + "[" + index + "]";
    }
  }

  /**
   * The loop whose iterations the window repeats over, if the window's inputs cannot change
   * between two of them and the state can be declared just before it.
   */
  private static Optional<Node> checked(Window w, MethodDeclaration method, Node windowCode) {
    Optional<Node> found = Loops.enclosing(w.at(), method);
    if (found.isEmpty() || Ast.inDeferredCode(w.at(), found.get())) return Optional.empty();
    Node loop = found.get();
    Node anchor = loop.getParentNode().orElse(null) instanceof LabeledStmt l ? l : loop;
    if (!(anchor.getParentNode().orElse(null) instanceof BlockStmt)) return Optional.empty();
    if (!Ast.typeOf(w.start()).map("int"::equals).orElse(false)) return Optional.empty();
    if (!Ast.typeOf(w.width()).map("int"::equals).orElse(false)) return Optional.empty();
    if (!invariant(w.array(), loop)) return Optional.empty();
    if (w.width() instanceof NameExpr n) {
      if (!invariant(n, loop)) return Optional.empty();
    } else if (!(w.width() instanceof IntegerLiteralExpr)) {
      return Optional.empty();
    }
    String a = w.array().getNameAsString();
    if (!loop.findAll(MethodReferenceExpr.class).isEmpty()) return Optional.empty();
    if (!w.list()) {
      boolean writesElement = loop.findAll(AssignExpr.class, x -> x.getTarget() instanceof ArrayAccessExpr).size()
          + loop.findAll(UnaryExpr.class, x -> x.getExpression() instanceof ArrayAccessExpr
              && x.getOperator() != UnaryExpr.Operator.MINUS && x.getOperator() != UnaryExpr.Operator.PLUS
              && x.getOperator() != UnaryExpr.Operator.LOGICAL_COMPLEMENT
              && x.getOperator() != UnaryExpr.Operator.BITWISE_COMPLEMENT).size() > 0;
      if (writesElement) return Optional.empty();
    }
    for (MethodCallExpr c : loop.findAll(MethodCallExpr.class)) {
      if (Ast.isInside(c, windowCode)) continue;
      boolean onArray = c.getScope().map(s -> s instanceof NameExpr n && n.getNameAsString().equals(a)).orElse(false);
      if (onArray) {
        if (!w.list() || !LIST_READS.contains(c.getNameAsString())) return Optional.empty();
        continue;
      }
      if (!declaredInJdk(c)) return Optional.empty();
      if (!safeArguments(c.getArguments(), a)) return Optional.empty();
      if (w.list() && c.getScope().isPresent() && Ast.typeOf(c.getScope().get()).map(t -> t.startsWith("java.util.")).orElse(true)
          && !(c.getScope().get() instanceof NameExpr r && createdHere(r, method))) {
        return Optional.empty();
      }
    }
    for (ObjectCreationExpr o : loop.findAll(ObjectCreationExpr.class)) {
      if (o.getAnonymousClassBody().isPresent() || !safeArguments(o.getArguments(), a)) return Optional.empty();
      try {
        if (!o.resolve().declaringType().getQualifiedName().startsWith("java.")) return Optional.empty();
      } catch (RuntimeException | StackOverflowError e) {
        return Optional.empty();
      }
    }
    return Optional.of(loop);
  }

  private static boolean safeArguments(NodeList<Expression> args, String array) {
    for (Expression arg : args) {
      if (arg instanceof NameExpr n && n.getNameAsString().equals(array)) return false;
      if (Ast.typeOf(arg).map(t -> t.endsWith("]")).orElse(true)) return false;
    }
    return true;
  }

  private static boolean declaredInJdk(MethodCallExpr c) {
    try {
      return c.resolve().declaringType().getQualifiedName().startsWith("java.");
    } catch (RuntimeException | StackOverflowError e) {
      return false;
    }
  }

  /** A local whose only value is a fresh object made in this method: it cannot alias a parameter. */
  private static boolean createdHere(NameExpr r, MethodDeclaration method) {
    Optional<VariableDeclarator> d = Variables.uniqueLocal(method, r.getNameAsString());
    return d.isPresent() && d.get().getInitializer().map(i -> i instanceof ObjectCreationExpr).orElse(false)
        && !Variables.isWrittenIn(method, r.getNameAsString());
  }

  /** A local, parameter or final field not declared or written in {@code loop}. */
  private static boolean invariant(NameExpr n, Node loop) {
    if (!Loops.isInvariant(n.getNameAsString(), loop)) return false;
    try {
      ResolvedValueDeclaration d = n.resolve();
      if (d.isParameter() || d.isVariable()) return true;
      if (d.isField()) {
        Optional<Node> ast = d.asField().toAst();
        return ast.isPresent() && ast.get() instanceof FieldDeclaration f && f.isFinal();
      }
      return false;
    } catch (RuntimeException | StackOverflowError e) {
      return false;
    }
  }

  /** A {@code for (int v = from; v < bound; v++)} loop with a one-statement body. */
  private record IndexLoop(String var, Expression from, Expression bound, Statement body) {
    static Optional<IndexLoop> of(ForStmt f) {
      if (f.getInitialization().size() != 1 || f.getUpdate().size() != 1 || f.getCompare().isEmpty()) return Optional.empty();
      if (!(f.getInitialization().get(0) instanceof VariableDeclarationExpr d) || d.getVariables().size() != 1
          || !d.getVariable(0).getType().asString().equals("int") || d.getVariable(0).getInitializer().isEmpty()) {
        return Optional.empty();
      }
      String v = d.getVariable(0).getNameAsString();
      if (!(f.getCompare().get() instanceof BinaryExpr c) || c.getOperator() != BinaryExpr.Operator.LESS || !isNamed(c.getLeft(), v)
          || !Loops.incrementsByOne(f.getUpdate().get(0), v)) {
        return Optional.empty();
      }
      Statement body = f.getBody();
      if (body instanceof BlockStmt b) {
        if (b.getStatements().size() != 1) return Optional.empty();
        body = b.getStatement(0);
      }
      if (Variables.isWrittenIn(body, v)) return Optional.empty();
      return Optional.of(new IndexLoop(v, d.getVariable(0).getInitializer().get(), c.getRight(), body));
    }
  }

  /** The element read {@code a[i]} or {@code list.get(i)}, with its index. */
  private record ElementRead(NameExpr array, boolean list, Expression index) {
    static Optional<ElementRead> of(Expression e) {
      if (e instanceof ArrayAccessExpr aa && aa.getName() instanceof NameExpr n
          && Ast.typeOf(n).map(ARRAY_TYPES::contains).orElse(false)) {
        return Optional.of(new ElementRead(n, false, aa.getIndex()));
      }
      if (e instanceof MethodCallExpr c && c.getNameAsString().equals("get") && c.getArguments().size() == 1
          && c.getScope().isPresent() && c.getScope().get() instanceof NameExpr n && isIntegerList(n)) {
        return Optional.of(new ElementRead(n, true, c.getArgument(0)));
      }
      return Optional.empty();
    }
  }

  private static boolean isIntegerList(NameExpr n) {
    Optional<String> t = Ast.typeOf(n);
    if (t.isEmpty() || !LISTS.contains(Ast.erasure(t.get()))) return false;
    List<String> args = Ast.typeArguments(t.get());
    return args.size() == 1 && BOXES.contains(args.get(0));
  }

  /** {@code acc += E} or {@code acc = acc + E}: the {@code E}. */
  private static Optional<Expression> accumulated(Statement s, String acc) {
    if (!(s instanceof ExpressionStmt es) || !(es.getExpression() instanceof AssignExpr a) || !isNamed(a.getTarget(), acc)) {
      return Optional.empty();
    }
    if (a.getOperator() == AssignExpr.Operator.PLUS) return Optional.of(a.getValue());
    if (a.getOperator() == AssignExpr.Operator.ASSIGN && a.getValue() instanceof BinaryExpr b
        && b.getOperator() == BinaryExpr.Operator.PLUS && isNamed(b.getLeft(), acc)) {
      return Optional.of(b.getRight());
    }
    return Optional.empty();
  }

  /** In {@code x + y} (or {@code y + x}) with {@code x} the variable {@code name}: {@code y}. */
  private static Optional<Expression> otherAddend(Expression e, String name) {
    if (!(Ast.unwrap(e) instanceof BinaryExpr b) || b.getOperator() != BinaryExpr.Operator.PLUS) return Optional.empty();
    if (isNamed(b.getLeft(), name) && !mentions(b.getRight(), name)) return Optional.of(b.getRight());
    if (isNamed(b.getRight(), name) && !mentions(b.getLeft(), name)) return Optional.of(b.getLeft());
    return Optional.empty();
  }

  /**
   * The accumulator type when {@code h}'s whole body is {@code T t = 0; for (int i = from; i < to;
   * i++) t += a[i]; return t;} over its three parameters {@code (a, from, to)}.
   */
  private static Optional<String> summingHelper(MethodDeclaration h) {
    if (h.getParameters().size() != 3 || h.getBody().isEmpty()) return Optional.empty();
    String a = h.getParameter(0).getNameAsString();
    String from = h.getParameter(1).getNameAsString();
    String to = h.getParameter(2).getNameAsString();
    if (!h.getParameter(1).getType().asString().equals("int") || !h.getParameter(2).getType().asString().equals("int")) {
      return Optional.empty();
    }
    String ret = h.getType().asString();
    if (!ret.equals("int") && !ret.equals("long")) return Optional.empty();
    NodeList<Statement> body = h.getBody().get().getStatements();
    if (body.size() != 3 || !(body.get(0) instanceof ExpressionStmt ds) || !(ds.getExpression() instanceof VariableDeclarationExpr d)
        || d.getVariables().size() != 1 || !(body.get(1) instanceof ForStmt f) || !(body.get(2) instanceof ReturnStmt r)) {
      return Optional.empty();
    }
    VariableDeclarator acc = d.getVariable(0);
    if (!acc.getType().asString().equals(ret) || acc.getInitializer().map(i -> !isZero(i)).orElse(true)
        || !r.getExpression().map(e -> isNamed(e, acc.getNameAsString())).orElse(false)) {
      return Optional.empty();
    }
    Optional<IndexLoop> l = IndexLoop.of(f);
    if (l.isEmpty() || !isNamed(l.get().from, from) || !isNamed(l.get().bound, to)) return Optional.empty();
    Optional<Expression> e = accumulated(l.get().body, acc.getNameAsString());
    if (e.isEmpty()) return Optional.empty();
    Optional<ElementRead> read = ElementRead.of(e.get());
    if (read.isEmpty() || !read.get().array.getNameAsString().equals(a) || !isNamed(read.get().index, l.get().var)) {
      return Optional.empty();
    }
    for (String p : List.of(a, from, to)) {
      if (Variables.isWrittenIn(h.getBody().get(), p)) return Optional.empty();
    }
    return Optional.of(ret);
  }

  private static boolean isZero(Expression e) {
    return e instanceof IntegerLiteralExpr i && i.getValue().equals("0")
        || e instanceof LongLiteralExpr l && (l.getValue().equals("0L") || l.getValue().equals("0l"));
  }

  private static boolean isNamed(Expression e, String name) {
    return Ast.unwrap(e) instanceof NameExpr n && n.getNameAsString().equals(name);
  }

  private static boolean mentions(Expression e, String name) {
    return isNamed(e, name) || !e.findAll(NameExpr.class, n -> n.getNameAsString().equals(name)).isEmpty();
  }
}
