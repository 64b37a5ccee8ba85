package dev.flamefix.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flamefix.kb.KnowledgeBase;
import dev.flamefix.kb.KnowledgeBaseSettings;
import dev.flamefix.optimizer.model.ExchangeLog;
import dev.flamefix.optimizer.model.ModelClient;
import dev.flamefix.optimizer.model.ModelOptions;
import dev.flamefix.validator.ValidationOptions;
import java.nio.file.Path;
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
  void theKnowledgeBaseIsOpenedOnlyWhenRetrievalFirstNeedsIt() {
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
        // Building the optimizer opens nothing: the first search (for a prompt or a template) does.
        withModel.optimizer(List.of(model));
        assertThat(opened).hasValue(0);
        assertThatThrownBy(withModel::knowledgeBase).hasMessage("opened the knowledge base");
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
  void theKnowledgeBaseStoreComesFromOptionsThenVariablesThenProperties() {
    Path dir = Path.of("/tmp/kb");
    assertThat(PipelineFactory.configuredKnowledgeBase(new Properties(), Map.of(), dir))
        .isEqualTo(KnowledgeBaseSettings.embedded(dir));
    Properties props = new Properties();
    props.setProperty("flamefix.kb.milvus.uri", "http://props:1");
    props.setProperty("flamefix.kb.milvus.collection", "props_cases");
    props.setProperty("flamefix.kb.milvus.token", "props-token");
    // The directory is the command's own option, not a property.
    props.setProperty("flamefix.kb.directory", "/elsewhere");
    KnowledgeBaseSettings fromProps = PipelineFactory.configuredKnowledgeBase(props, Map.of(), dir);
    assertThat(fromProps.directory()).isEqualTo(dir);
    assertThat(fromProps.milvus().uri()).isEqualTo("http://props:1");
    assertThat(fromProps.milvus().token()).isEqualTo("props-token");

    Map<String, String> env = Map.of("FLAMEFIX_MILVUS_URI", "http://env:2", "FLAMEFIX_MILVUS_DATABASE", "env_db");
    KnowledgeBaseSettings fromEnv = PipelineFactory.configuredKnowledgeBase(props, env, dir);
    assertThat(fromEnv.milvus().uri()).isEqualTo("http://env:2");
    assertThat(fromEnv.milvus().database()).isEqualTo("env_db");
    assertThat(fromEnv.milvus().collection()).isEqualTo("props_cases");

    KnowledgeBaseOptions options = new KnowledgeBaseOptions();
    new picocli.CommandLine(new Object() {
      @picocli.CommandLine.Mixin KnowledgeBaseOptions store = options;
    }).parseArgs("--milvus-uri", "http://option:3", "--milvus-collection", "option_cases");
    KnowledgeBaseSettings fromOptions = options.resolve(props, env, dir);
    assertThat(fromOptions.milvus().uri()).isEqualTo("http://option:3");
    assertThat(fromOptions.milvus().collection()).isEqualTo("option_cases");
    assertThat(fromOptions.milvus().database()).isEqualTo("env_db");
    assertThat(fromOptions.milvus().token()).isEqualTo("props-token");
  }

  @Test
  void aClosedFactoryRefusesToOpenItsKnowledgeBase() {
    PipelineFactory f = PipelineFactory.builder().knowledgeBase(() -> null).build();
    f.close();
    f.close(); // idempotent
    assertThatThrownBy(f::knowledgeBase).hasMessageContaining("closed");
  }
}
