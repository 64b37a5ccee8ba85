package dev.flamefix.collector.tree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FlameGraphsTest {

  @Test
  void flameGraphHasTheD3Shape() {
    CallTree t = new CallTree().add(List.of("main", "b"), 3).add(List.of("main", "a"), 1);

    FlameNode root = FlameGraphs.of(t);

    assertThat(root.toJson())
        .isEqualTo(
            "{\"name\":\"root\",\"value\":4,\"children\":[{\"name\":\"main\",\"value\":4,"
                + "\"children\":[{\"name\":\"a\",\"value\":1,\"children\":[]},"
                + "{\"name\":\"b\",\"value\":3,\"children\":[]}]}]}");
    assertThat(root.delta()).isNull();
    assertThat(root.toMap()).containsOnlyKeys("name", "value", "children");
  }

  @Test
  void jsonEscapesFrameNames() {
    CallTree t = new CallTree().add(List.of("say \"hi\"\\"), 1);
    assertThat(FlameGraphs.of(t).toJson()).contains("\"say \\\"hi\\\"\\\\\"");
  }

  @Test
  void narrowNodesCanBePruned() {
    CallTree t = new CallTree().add(List.of("main", "big"), 100).add(List.of("main", "tiny"), 1);
    FlameNode root = FlameGraphs.of(t, 2);
    FlameNode main = root.children().get(0);
    assertThat(main.value()).isEqualTo(101);
    assertThat(main.children()).extracting(FlameNode::name).containsExactly("big");
  }

  @Test
  void diffCarriesTargetValuesAndShareDeltas() {
    // base: x is 1 of 4 samples (25%); target: x is 6 of 8 (75%), y vanished, z appeared.
    CallTree base = new CallTree().add(List.of("main", "x"), 1).add(List.of("main", "y"), 3);
    CallTree target = new CallTree().add(List.of("main", "x"), 6).add(List.of("main", "z"), 2);

    FlameNode diff = FlameGraphs.diff(base, target);

    assertThat(diff.value()).isEqualTo(8);
    assertThat(diff.delta()).isEqualTo(0.0);
    FlameNode main = diff.children().get(0);
    Map<String, FlameNode> kids = new java.util.HashMap<>();
    main.children().forEach(k -> kids.put(k.name(), k));
    assertThat(kids.get("x").value()).isEqualTo(6);
    assertThat(kids.get("x").delta()).isCloseTo(0.75 - 0.25, within(1e-9));
    assertThat(kids.get("y").value()).isZero();
    assertThat(kids.get("y").delta()).isCloseTo(-0.75, within(1e-9));
    assertThat(kids.get("z").value()).isEqualTo(2);
    assertThat(kids.get("z").delta()).isCloseTo(0.25, within(1e-9));
    assertThat(kids.get("x").toMap()).containsKey("delta");
    assertThat(diff.toJson()).contains("\"delta\":0.5");
  }

  @Test
  void diffAgainstAnEmptyRangeIsTheTargetShares() {
    CallTree target = new CallTree().add(List.of("main"), 4);
    FlameNode diff = FlameGraphs.diff(new CallTree(), target);
    assertThat(diff.children().get(0).delta()).isEqualTo(1.0);
  }
}
