package dev.flamefix.collector.tree;

import dev.flamefix.collector.ingest.StackCounts;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Stacks merged into a tree: each node is a frame reached by one path from the root, with the
 * samples of every stack through it ({@link #total()} at the root) and the samples ending there
 * (self). The root is the synthetic frame {@value #ROOT}.
 *
 * <p>Mutable and not thread-safe: build it from windows, then read it. Adding a window either
 * completes or, for an argument error detected up front, leaves the tree as it was; stacks are
 * validated by {@link dev.flamefix.collector.ingest.ProfileDecoder} before they get here.
 */
public final class CallTree {

  /** Name of the synthetic root node. */
  public static final String ROOT = "root";

  private final Node root = new Node(ROOT);

  /** An empty tree. */
  public CallTree() {}

  /** A tree of these stacks. */
  public static CallTree of(StackCounts stacks) {
    return new CallTree().addAll(stacks);
  }

  /**
   * Adds {@code count} samples of one stack.
   *
   * @param frames frames root first, at least one, none null
   * @param count samples, must be positive
   * @return this
   * @throws IllegalArgumentException if the stack is empty, holds a null frame, or count is not
   *     positive; the tree is unchanged then
   */
  public CallTree add(List<String> frames, long count) {
    if (count <= 0) {
      throw new IllegalArgumentException("count must be positive, was " + count);
    }
    if (frames.isEmpty()) {
      throw new IllegalArgumentException("a stack needs at least one frame");
    }
    for (String f : frames) {
      Objects.requireNonNull(f, "frame");
    }
    addUnchecked(frames, count);
    return this;
  }

  /** Adds every stack of {@code stacks}. */
  public CallTree addAll(StackCounts stacks) {
    stacks.forEach(this::addUnchecked);
    return this;
  }

  private void addUnchecked(List<String> frames, long count) {
    Node n = root;
    n.total += count;
    for (int i = 0, size = frames.size(); i < size; i++) {
      n = n.child(frames.get(i));
      n.total += count;
    }
    n.self += count;
  }

  /**
   * Adds every sample of {@code other} to this tree; {@code other} is unchanged.
   *
   * @return this
   */
  public CallTree merge(CallTree other) {
    if (other == this) {
      mergeInto(root, copyOf(other.root));
    } else {
      mergeInto(root, other.root);
    }
    return this;
  }

  private static void mergeInto(Node into, Node from) {
    into.total += from.total;
    into.self += from.self;
    for (int i = 0; i < from.childCount; i++) {
      Node c = from.children[i];
      mergeInto(into.child(c.name), c);
    }
  }

  /** An independent copy. */
  public CallTree copy() {
    return new CallTree().merge(this);
  }

  private static Node copyOf(Node n) {
    Node c = new Node(n.name);
    mergeInto(c, n);
    return c;
  }

  /** All samples in the tree. */
  public long total() {
    return root.total;
  }

  /** Whether no sample was added. */
  public boolean isEmpty() {
    return root.total == 0;
  }

  /**
   * Samples of every stack starting with {@code path} (root first, without {@value #ROOT}); 0 if
   * no stack does.
   */
  public long totalAt(List<String> path) {
    Node n = find(path);
    return n == null ? 0 : n.total;
  }

  /** Samples of stacks that are exactly {@code path}; 0 if none. */
  public long selfAt(List<String> path) {
    Node n = find(path);
    return n == null ? 0 : n.self;
  }

  /** Number of nodes, the root included. */
  public int nodeCount() {
    return count(root);
  }

  private static int count(Node n) {
    int c = 1;
    for (int i = 0; i < n.childCount; i++) {
      c += count(n.children[i]);
    }
    return c;
  }

  private Node find(List<String> path) {
    Node n = root;
    for (String f : path) {
      n = n.existingChild(f);
      if (n == null) {
        return null;
      }
    }
    return n;
  }

  Node root() {
    return root;
  }

  /** One frame on one path. Children live in an array; a map is added once there are many. */
  static final class Node {
    private static final int MAP_THRESHOLD = 8;

    final String name;
    long total;
    long self;
    Node[] children;
    int childCount;
    private Map<String, Node> index;

    Node(String name) {
      this.name = name;
    }

    Node child(String name) {
      Node found = existingChild(name);
      if (found != null) {
        return found;
      }
      Node c = new Node(name);
      if (children == null) {
        children = new Node[2];
      } else if (childCount == children.length) {
        children = Arrays.copyOf(children, childCount * 2);
      }
      children[childCount++] = c;
      if (index != null) {
        index.put(name, c);
      } else if (childCount > MAP_THRESHOLD) {
        index = new HashMap<>();
        for (int i = 0; i < childCount; i++) {
          index.put(children[i].name, children[i]);
        }
      }
      return c;
    }

    Node existingChild(String name) {
      if (index != null) {
        return index.get(name);
      }
      // Frames of one payload are interned, so identity usually decides at once.
      for (int i = 0; i < childCount; i++) {
        if (children[i].name == name) {
          return children[i];
        }
      }
      for (int i = 0; i < childCount; i++) {
        if (children[i].name.equals(name)) {
          return children[i];
        }
      }
      return null;
    }
  }
}
