package dev.flamefix.collector.tree;

import dev.flamefix.collector.tree.CallTree.Node;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Builds flame graph JSON trees ({@link FlameNode}) from call trees. */
public final class FlameGraphs {

  private FlameGraphs() {}

  /** The whole tree as a flame graph. */
  public static FlameNode of(CallTree tree) {
    return of(tree, 0);
  }

  /**
   * The tree as a flame graph without nodes of fewer than {@code minValue} samples (too narrow to
   * see; keeps the JSON of large profiles small). Parents keep their full value.
   */
  public static FlameNode of(CallTree tree, long minValue) {
    return build(tree.root(), minValue);
  }

  private static FlameNode build(Node n, long minValue) {
    List<FlameNode> kids = new ArrayList<>(n.childCount);
    for (Node c : sortedChildren(n)) {
      if (c.total >= minValue) {
        kids.add(build(c, minValue));
      }
    }
    return new FlameNode(n.name, n.total, null, kids);
  }

  /**
   * A diff flame graph: the shape and values of {@code target}, and on each node {@code delta} =
   * (node's samples in target / target total) − (node's samples in base / base total). Sharing
   * by each range's own total makes ranges of different length or load comparable: a method that
   * went from 10% to 30% of the samples has delta 0.2. Nodes present only in {@code base} appear
   * with value 0 and a negative delta, so what disappeared stays visible in the data. An empty
   * range counts as share 0 everywhere.
   */
  public static FlameNode diff(CallTree base, CallTree target) {
    return diff(base.root(), target.root(), base.total(), target.total());
  }

  private static FlameNode diff(Node base, Node target, long baseTotal, long targetTotal) {
    long value = target == null ? 0 : target.total;
    double delta = share(value, targetTotal) - share(base == null ? 0 : base.total, baseTotal);
    TreeSet<String> names = new TreeSet<>();
    Map<String, Node> baseKids = childrenByName(base);
    Map<String, Node> targetKids = childrenByName(target);
    names.addAll(baseKids.keySet());
    names.addAll(targetKids.keySet());
    List<FlameNode> kids = new ArrayList<>(names.size());
    for (String name : names) {
      kids.add(diff(baseKids.get(name), targetKids.get(name), baseTotal, targetTotal));
    }
    String name = target != null ? target.name : base.name;
    return new FlameNode(name, value, delta, kids);
  }

  private static double share(long value, long total) {
    return total == 0 ? 0.0 : (double) value / total;
  }

  private static Map<String, Node> childrenByName(Node n) {
    if (n == null || n.childCount == 0) {
      return Map.of();
    }
    Map<String, Node> m = new LinkedHashMap<>();
    for (int i = 0; i < n.childCount; i++) {
      m.put(n.children[i].name, n.children[i]);
    }
    return m;
  }

  private static Node[] sortedChildren(Node n) {
    if (n.childCount == 0) {
      return new Node[0];
    }
    Node[] kids = Arrays.copyOf(n.children, n.childCount);
    Arrays.sort(kids, Comparator.comparing(k -> k.name));
    return kids;
  }
}
