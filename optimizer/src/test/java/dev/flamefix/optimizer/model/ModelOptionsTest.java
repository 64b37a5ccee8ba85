package dev.flamefix.optimizer.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class ModelOptionsTest {
  @Test
  void environmentOverridesPropertiesOverridesDefaults() {
    Properties p = new Properties();
    p.setProperty("flamefix.model.name", "from-props");
    p.setProperty("flamefix.model.temperature", "0.7");
    p.setProperty("flamefix.model.candidates", "3");
    p.setProperty("flamefix.model.provider", "ollama");
    ModelOptions o = ModelOptions.load(p, Map.of("FLAMEFIX_MODEL_NAME", "from-env", "FLAMEFIX_MODEL_API_KEY", "k",
        "FLAMEFIX_MODEL_TIMEOUT_SECONDS", "2.5", "FLAMEFIX_MODEL_MAX_CONCURRENCY", "4", "FLAMEFIX_MODEL_REDACT", "true"));
    assertThat(o.modelName()).isEqualTo("from-env");
    assertThat(o.temperature()).isEqualTo(0.7);
    assertThat(o.candidates()).isEqualTo(3);
    assertThat(o.provider()).isEqualTo(ModelOptions.Provider.OLLAMA);
    assertThat(o.openAiCompatibleBaseUrl()).isEqualTo("http://localhost:11434/v1");
    assertThat(o.timeout()).isEqualTo(Duration.ofMillis(2500));
    assertThat(o.maxConcurrency()).isEqualTo(4);
    assertThat(o.redact()).isTrue();
    assertThat(o.maxRetries()).isEqualTo(3);
    assertThat(o.label()).isEqualTo("model:from-env");
  }

  @Test
  void badValuesAreRefusedWithTheKey() {
    Properties p = new Properties();
    assertThatThrownBy(() -> ModelOptions.load(p, Map.of())).hasMessageContaining("FLAMEFIX_MODEL_NAME");
    assertThatThrownBy(() -> ModelOptions.load(p, Map.of("FLAMEFIX_MODEL_NAME", "m", "FLAMEFIX_MODEL_TEMPERATURE", "hot")))
        .hasMessageContaining("flamefix.model.temperature must be a number");
    assertThatThrownBy(() -> ModelOptions.load(p, Map.of("FLAMEFIX_MODEL_NAME", "m", "FLAMEFIX_MODEL_PROVIDER", "gemini")))
        .hasMessageContaining("unknown model provider 'gemini'");
    assertThatThrownBy(() -> ModelOptions.builder().modelName("m").candidates(0).build()).hasMessageContaining("candidates");
  }
}
