package dev.flamefix.server.optimize;

import dev.flamefix.optimizer.model.ModelClient;
import dev.flamefix.optimizer.model.ModelOptions;
import dev.flamefix.pipeline.PipelineFactory;
import jakarta.annotation.PreDestroy;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The model configured through {@code flamefix.model.*} (any Spring property source) or {@code
 * FLAMEFIX_MODEL_*} (environment), as the optimizer module's {@link ModelOptions} reads them. No
 * name configured means no model: candidates then come from the recipe engine only.
 */
@Component
public class ModelRegistry {
  private static final Logger log = LoggerFactory.getLogger(ModelRegistry.class);
  private final List<ModelClient> clients;

  @Autowired
  public ModelRegistry(ModelProperties properties) {
    this(properties, System.getenv());
  }

  ModelRegistry(ModelProperties properties, Map<String, String> env) {
    clients = PipelineFactory.configuredModels(properties::setting, env);
    if (clients.isEmpty()) {
      log.info("no candidate model configured (flamefix.model.name / FLAMEFIX_MODEL_NAME): recipes only");
    } else {
      log.info("candidate model configured: {}", clients.get(0).options()); // toString hides the API key
    }
  }

  /** The configured clients; {@code names} (model names) selects some, null means all. */
  public List<ModelClient> select(List<String> names) {
    if (names == null) return clients;
    return clients.stream().filter(c -> names.contains(c.options().modelName())).toList();
  }

  /** Names of the configured models. */
  public List<String> names() {
    return clients.stream().map(c -> c.options().modelName()).toList();
  }

  @PreDestroy
  void close() {
    clients.forEach(ModelClient::close);
  }
}
