package dev.flamefix.optimizer.template;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The smallest statement sequence a fix changed: the slow statements and the fast statements that
 * replace them. Found top-down: in a block, the statements between the common prefix and suffix;
 * when that is one statement of the same kind on both sides whose non-statement parts (loop header,
 * condition) are unchanged and exactly one nested statement differs, the search goes into it. A
 * pure insertion takes its next (else previous) neighbour along, so the before pattern is never empty.
 *
 * @param slow the changed statements of the slow method (nodes of its tree)
 * @param fast what the fix made of them (nodes of the fast tree)
 */
record EditRegion(List<Statement> slow, List<Statement> fast) {

  static Optional<EditRegion> between(BlockStmt slow, BlockStmt fast) {
    return diff(slow.getStatements(), fast.getStatements());
  }

  private static Optional<EditRegion> diff(NodeList<Statement> a, NodeList<Statement> b) {
    int p = 0;
    while (p < a.size() && p < b.size() && same(a.get(p), b.get(p))) p++;
    int q = 0;
    while (q < a.size() - p && q < b.size() - p && same(a.get(a.size() - 1 - q), b.get(b.size() - 1 - q))) q++;
    List<Statement> sa = a.subList(p, a.size() - q);
    List<Statement> sb = b.subList(p, b.size() - q);
    if (sa.isEmpty() && sb.isEmpty()) return Optional.empty();
    if (sa.size() == 1 && sb.size() == 1) {
      return descend(sa.get(0), sb.get(0)).or(() -> Optional.of(new EditRegion(List.of(sa.get(0)), List.of(sb.get(0)))));
    }
    if (sa.isEmpty()) {
      if (p < a.size()) {
        return Optional.of(new EditRegion(List.copyOf(a.subList(p, p + 1)), List.copyOf(b.subList(p, b.size() - q + 1))));
      }
      if (p > 0) {
        return Optional.of(new EditRegion(List.copyOf(a.subList(p - 1, p)), List.copyOf(b.subList(p - 1, b.size() - q))));
      }
      return Optional.empty();
    }
    return Optional.of(new EditRegion(List.copyOf(sa), List.copyOf(sb)));
  }

  /** The region inside two statements of the same kind, or empty when the statements themselves are it. */
  private static Optional<EditRegion> descend(Statement x, Statement y) {
    if (x.getClass() != y.getClass()) return Optional.empty();
    if (x instanceof BlockStmt bx) return between(bx, (BlockStmt) y);
    List<Node> cx = x.getChildNodes();
    List<Node> cy = y.getChildNodes();
    if (cx.size() != cy.size()) return Optional.empty();
    List<Statement[]> differing = new ArrayList<>();
    for (int i = 0; i < cx.size(); i++) {
      Node u = cx.get(i);
      Node v = cy.get(i);
      if (same(u, v)) continue;
      if (!(u instanceof Statement su) || !(v instanceof Statement sv)) return Optional.empty();
      differing.add(new Statement[] {su, sv});
    }
    if (differing.size() != 1) return Optional.empty();
    Statement su = differing.get(0)[0];
    Statement sv = differing.get(0)[1];
    return descend(su, sv).or(() -> Optional.of(new EditRegion(List.of(su), List.of(sv))));
  }

  private static boolean same(Node a, Node b) {
    return a.getClass() == b.getClass() && a.toString().equals(b.toString());
  }
}
