package dev.flamefix.optimizer.recipe;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.resolution.declarations.ResolvedMethodDeclaration;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * A sorted copy built with a stream, {@code src.stream().sorted([cmp]).collect(Collectors.toList())}
 * or {@code ....toList()}: the same value as {@code new ArrayList<>(src)} followed by a sort, with
 * no stage that could run user code other than the comparator. Stages are identified by their
 * resolved declarations.
 */
final class SortedStreamCopy {
  private static final Set<String> LIST_COLLECTORS = Set.of("java.util.stream.Collectors.toList",
      "java.util.stream.Collectors.toUnmodifiableList");

  private SortedStreamCopy() {}

  /** {@code src} when {@code init} is such a copy and its comparator passes {@code invariantComparator}; else null. */
  static NameExpr source(Expression init, Node loop, BiPredicate<Expression, Node> invariantComparator) {
    if (!(init instanceof MethodCallExpr terminal) || terminal.getScope().isEmpty()) return null;
    boolean collects = terminal.getNameAsString().equals("collect") && terminal.getArguments().size() == 1
        && terminal.getArgument(0) instanceof MethodCallExpr c && c.getArguments().isEmpty() && LIST_COLLECTORS.contains(qualified(c));
    boolean toList = terminal.getNameAsString().equals("toList") && terminal.getArguments().isEmpty()
        && "java.util.stream.Stream.toList".equals(qualified(terminal));
    if (!collects && !toList) return null;
    if (!(terminal.getScope().get() instanceof MethodCallExpr sorted) || !sorted.getNameAsString().equals("sorted")
        || !"java.util.stream.Stream.sorted".equals(qualified(sorted)) || sorted.getArguments().size() > 1) return null;
    if (sorted.getArguments().size() == 1 && !invariantComparator.test(sorted.getArgument(0), loop)) return null;
    if (!(sorted.getScope().orElse(null) instanceof MethodCallExpr stream) || !stream.getNameAsString().equals("stream")
        || !stream.getArguments().isEmpty() || !"java.util.Collection.stream".equals(qualified(stream))) return null;
    return stream.getScope().orElse(null) instanceof NameExpr src ? src : null;
  }

  private static String qualified(MethodCallExpr call) {
    try {
      ResolvedMethodDeclaration m = call.resolve();
      return m.getQualifiedName();
    } catch (RuntimeException | StackOverflowError e) {
      return null;
    }
  }
}
