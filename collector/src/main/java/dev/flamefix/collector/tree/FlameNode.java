package dev.flamefix.collector.tree;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One node of a flame graph in the shape d3-flame-graph reads: {@code {name, value, children[]}},
 * plus {@code delta} in diff graphs.
 *
 * <p>Plain record, no serialisation annotations: {@link #toMap()} and {@link #toJson()} give the
 * exact JSON shape (delta omitted when null) for callers that do not want to configure a JSON
 * library for it.
 *
 * @param name the frame, {@code root} at the top
 * @param value samples of every stack through this node (in a diff: of the target range)
 * @param delta only in diffs: target share − base share of this node, each as a fraction of its
 *     own range's total samples (so −1..1, positive = grew); {@code null} otherwise
 * @param children callees, ordered by name
 */
public record FlameNode(String name, long value, Double delta, List<FlameNode> children) {

  /** Makes the child list unmodifiable. */
  public FlameNode {
    children = List.copyOf(children);
  }

  /** A nested map in the d3-flame-graph shape, {@code delta} only when present. */
  public Map<String, Object> toMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", name);
    m.put("value", value);
    if (delta != null) {
      m.put("delta", delta);
    }
    List<Object> kids = new ArrayList<>(children.size());
    for (FlameNode c : children) {
      kids.add(c.toMap());
    }
    m.put("children", kids);
    return m;
  }

  /** The JSON text of {@link #toMap()}. */
  public String toJson() {
    StringBuilder sb = new StringBuilder();
    appendJson(sb);
    return sb.toString();
  }

  private void appendJson(StringBuilder sb) {
    sb.append("{\"name\":");
    quote(sb, name);
    sb.append(",\"value\":").append(value);
    if (delta != null) {
      sb.append(",\"delta\":");
      double d = delta;
      sb.append(Double.isFinite(d) ? Double.toString(d) : "0");
    }
    sb.append(",\"children\":[");
    for (int i = 0; i < children.size(); i++) {
      if (i > 0) {
        sb.append(',');
      }
      children.get(i).appendJson(sb);
    }
    sb.append("]}");
  }

  private static void quote(StringBuilder sb, String s) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    sb.append('"');
  }
}
