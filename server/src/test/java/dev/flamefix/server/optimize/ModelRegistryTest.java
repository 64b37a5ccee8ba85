package dev.flamefix.server.optimize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flamefix.optimizer.model.ModelOptions;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code flamefix.model.*} as bound by Spring, with {@code FLAMEFIX_MODEL_*} variables on top. */
class ModelRegistryTest {

  private static ModelProperties props(String name, String baseUrl, String apiKey, String temperature) {
    return new ModelProperties(null, baseUrl, apiKey, name, temperature, null, null, null, null, null, null, null);
  }

  @Test
  void noNameMeansNoModel() {
    ModelRegistry registry = new ModelRegistry(props(null, "http://127.0.0.1:9/v1", null, null), Map.of());
    assertThat(registry.names()).isEmpty();
    assertThat(registry.select(null)).isEmpty();
    registry.close();
  }

  @Test
  void boundSettingsConfigureTheModelAndVariablesWin() {
    ModelRegistry registry = new ModelRegistry(props("llama", "http://127.0.0.1:9/v1", "secret", "0.3"),
        Map.of("FLAMEFIX_MODEL_BASE_URL", "http://127.0.0.1:10/v1"));
    try {
      assertThat(registry.names()).containsExactly("llama");
      ModelOptions o = registry.select(null).get(0).options();
      assertThat(o.baseUrl()).isEqualTo("http://127.0.0.1:10/v1");
      assertThat(o.apiKey()).isEqualTo("secret");
      assertThat(o.temperature()).isEqualTo(0.3);
      assertThat(registry.select(java.util.List.of("other"))).isEmpty();
    } finally {
      registry.close();
    }
  }

  @Test
  void theApiKeyNeverAppearsInTheTextOfTheSettings() {
    assertThat(props("m", null, "sk-very-secret", null).toString()).doesNotContain("sk-very-secret").contains("***");
  }

  @Test
  void anInvalidSettingIsRefusedWithItsName() {
    assertThatThrownBy(() -> new ModelRegistry(props("m", null, null, "warm"), Map.of()))
        .hasMessageContaining("flamefix.model.temperature must be a number");
  }
}
