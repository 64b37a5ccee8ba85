package dev.flamefix.collector.tree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flamefix.collector.ingest.StackCounts;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CallTreeTest {

  @Test
  void countsTotalAndSelfAlongEachPath() {
    CallTree t = new CallTree().add(List.of("main", "a", "b"), 3).add(List.of("main", "a"), 2);
    t.add(List.of("main", "c"), 5);

    assertThat(t.total()).isEqualTo(10);
    assertThat(t.totalAt(List.of("main"))).isEqualTo(10);
    assertThat(t.totalAt(List.of("main", "a"))).isEqualTo(5);
    assertThat(t.selfAt(List.of("main", "a"))).isEqualTo(2);
    assertThat(t.selfAt(List.of("main", "a", "b"))).isEqualTo(3);
    assertThat(t.totalAt(List.of("main", "x"))).isZero();
    assertThat(t.nodeCount()).isEqualTo(5); // root, main, a, b, c
  }

  @Test
  void sameFrameUnderDifferentCallersIsTwoNodes() {
    CallTree t = new CallTree().add(List.of("main", "a", "leaf"), 1).add(List.of("main", "b", "leaf"), 1);
    assertThat(t.totalAt(List.of("main", "a", "leaf"))).isEqualTo(1);
    assertThat(t.totalAt(List.of("main", "b", "leaf"))).isEqualTo(1);
  }

  @Test
  void manyChildrenStillResolveByName() {
    CallTree t = new CallTree();
    for (int i = 0; i < 100; i++) {
      t.add(List.of("main", "f" + i), i + 1);
    }
    t.add(List.of("main", "f42"), 1);
    assertThat(t.totalAt(List.of("main", "f42"))).isEqualTo(44);
    assertThat(t.nodeCount()).isEqualTo(102);
  }

  @Test
  void mergeAddsTheOtherTreeAndLeavesItUnchanged() {
    CallTree a = CallTree.of(StackCounts.of(Map.of(List.of("main", "x"), 2)));
    CallTree b = CallTree.of(StackCounts.of(Map.of(List.of("main", "x"), 3, List.of("main", "y"), 1)));

    a.merge(b);

    assertThat(a.total()).isEqualTo(6);
    assertThat(a.totalAt(List.of("main", "x"))).isEqualTo(5);
    assertThat(a.totalAt(List.of("main", "y"))).isEqualTo(1);
    assertThat(b.total()).isEqualTo(4);
    assertThat(b.totalAt(List.of("main", "x"))).isEqualTo(3);
  }

  @Test
  void mergeWithItselfDoubles() {
    CallTree a = new CallTree().add(List.of("main", "x"), 2);
    a.merge(a);
    assertThat(a.totalAt(List.of("main", "x"))).isEqualTo(4);
  }

  @Test
  void copyIsIndependent() {
    CallTree a = new CallTree().add(List.of("main", "x"), 2);
    CallTree c = a.copy();
    c.add(List.of("main", "x"), 5);
    assertThat(a.totalAt(List.of("main", "x"))).isEqualTo(2);
    assertThat(c.totalAt(List.of("main", "x"))).isEqualTo(7);
  }

  @Test
  void badArgumentsLeaveTheTreeAsItWas() {
    CallTree t = new CallTree().add(List.of("main", "x"), 2);
    assertThatThrownBy(() -> t.add(List.of(), 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> t.add(List.of("main"), 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> t.add(java.util.Arrays.asList("main", null), 1))
        .isInstanceOf(NullPointerException.class);
    assertThat(t.total()).isEqualTo(2);
    assertThat(t.nodeCount()).isEqualTo(3);
  }
}
