package dev.flamefix.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flamefix.kb.KnowledgeBase;
import dev.flamefix.optimizer.model.ExchangeLog;
import dev.flamefix.optimizer.model.ModelClient;
import dev.flamefix.optimizer.model.ModelOptions;
import dev.flamefix.validator.ValidationOptions;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class PipelineFactoryTest {

  private static ModelClient client() {
    return new ModelClient(ModelOptions.builder().modelName("scripted").baseUrl("http://127.0.0.1:9/v1").build(),
        new ExchangeLog());
  }

  @Test
  void theKnowledgeBaseIsOpenedOnlyWhenAModelWillReadItsSuggestions() {
    AtomicInteger opened = new AtomicInteger();
    Supplier<KnowledgeBase> kb = () -> {
      opened.incrementAndGet();
      throw new IllegalStateException("opened the knowledge base");
    };
    try (ModelClient model = client()) {
      try (PipelineFactory recipesOnly = PipelineFactory.builder().knowledgeBase(kb).build()) {
        recipesOnly.optimizer(List.of());
        recipesOnly.pipeline();
      }
      try (PipelineFactory noRetrieval = PipelineFactory.builder().knowledgeBase(kb).retrieval(false).build()) {
        noRetrieval.optimizer(List.of(model));
      }
      try (PipelineFactory noKb = PipelineFactory.builder().build()) {
        noKb.optimizer(List.of(model));
        assertThatThrownBy(noKb::knowledgeBase).hasMessageContaining("no knowledge base configured");
      }
      assertThat(opened).hasValue(0);

      try (PipelineFactory withModel = PipelineFactory.builder().knowledgeBase(kb).build()) {
        assertThatThrownBy(() -> withModel.optimizer(List.of(model))).hasMessage("opened the knowledge base");
      }
      assertThat(opened).hasValue(1);
    }
  }

  @Test
  void theValidatorGetsTheGivenOptions() {
    ValidationOptions options = ValidationOptions.builder().callsPerMethod(7).minSpeedup(1.5).build();
    try (PipelineFactory f = PipelineFactory.builder().validation(options).build()) {
      assertThat(f.validator().options()).isEqualTo(options);
    }
  }

  @Test
  void theConfiguredModelComesFromVariablesOrProperties() {
    assertThat(PipelineFactory.configuredModels(new Properties(), Map.of())).isEmpty();
    assertThat(PipelineFactory.configuredModels(new Properties(), Map.of("FLAMEFIX_MODEL_NAME", " "))).isEmpty();

    List<ModelClient> fromEnv = PipelineFactory.configuredModels(new Properties(),
        Map.of("FLAMEFIX_MODEL_NAME", "qwen", "FLAMEFIX_MODEL_BASE_URL", "http://127.0.0.1:9/v1"));
    Properties props = new Properties();
    props.setProperty("flamefix.model.name", "llama");
    props.setProperty("flamefix.model.base-url", "http://127.0.0.1:9/v1");
    List<ModelClient> fromProps = PipelineFactory.configuredModels(props, Map.of());
    try {
      assertThat(fromEnv).extracting(c -> c.options().modelName()).containsExactly("qwen");
      assertThat(fromProps).extracting(c -> c.options().modelName()).containsExactly("llama");
    } finally {
      fromEnv.forEach(ModelClient::close);
      fromProps.forEach(ModelClient::close);
    }
    assertThatThrownBy(() -> PipelineFactory.configuredModels(new Properties(),
        Map.of("FLAMEFIX_MODEL_NAME", "x", "FLAMEFIX_MODEL_PROVIDER", "carrier-pigeon")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown model provider");
  }

  @Test
  void aClosedFactoryRefusesToOpenItsKnowledgeBase() {
    PipelineFactory f = PipelineFactory.builder().knowledgeBase(() -> null).build();
    f.close();
    f.close(); // idempotent
    assertThatThrownBy(f::knowledgeBase).hasMessageContaining("closed");
  }
}
