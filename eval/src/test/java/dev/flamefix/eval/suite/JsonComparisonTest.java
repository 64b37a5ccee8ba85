package dev.flamefix.eval.suite;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class JsonComparisonTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode tree(Object value) {
    return JSON.valueToTree(value);
  }

  @Test
  void integersCompareByValueAcrossTypes() {
    assertThat(JsonComparison.difference(tree(3), tree(3L), 0)).isNull();
    assertThat(JsonComparison.difference(tree(3), tree(4L), 0)).isEqualTo("$: expected 3 but got 4");
  }

  @Test
  void floatsUseRelativeTolerance() {
    assertThat(JsonComparison.difference(tree(1e6), tree(1e6 + 1e-4), 1e-9)).isNull();
    assertThat(JsonComparison.difference(tree(1e6), tree(1e6 + 1), 1e-9)).isNotNull();
    assertThat(JsonComparison.difference(tree(Double.NaN), tree(Double.NaN), 1e-9)).isNull();
  }

  @Test
  void objectsIgnoreFieldOrderButArraysDoNot() {
    Map<String, Integer> a = new TreeMap<>(Map.of("x", 1, "y", 2));
    assertThat(JsonComparison.difference(tree(a), tree(Map.of("y", 2, "x", 1)), 0)).isNull();
    assertThat(JsonComparison.difference(tree(List.of(1, 2)), tree(List.of(2, 1)), 0))
        .isEqualTo("$[0]: expected 1 but got 2");
    assertThat(JsonComparison.difference(tree(Map.of("x", 1)), tree(Map.of("z", 1)), 0))
        .contains("expected fields [x]");
  }

  @Test
  void nullMatchesOnlyNull() {
    assertThat(JsonComparison.difference(JSON.nullNode(), tree(null), 0)).isNull();
    assertThat(JsonComparison.difference(JSON.nullNode(), tree("x"), 0)).isNotNull();
    assertThat(JsonComparison.difference(tree("1"), tree(1), 0)).isNotNull();
  }
}
