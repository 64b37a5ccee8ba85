package dev.flamefix.server.optimize;

import dev.flamefix.optimizer.model.ExchangeLog;
import dev.flamefix.optimizer.model.ModelClient;
import dev.flamefix.optimizer.model.ModelOptions;
import jakarta.annotation.PreDestroy;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The model configured through {@code flamefix.model.*} (any Spring property source) or {@code
 * FLAMEFIX_MODEL_*} (environment), as the optimizer module's {@link ModelOptions} reads them. No
 * name configured means no model: candidates then come from the recipe engine only.
 */
@Component
public class ModelRegistry {
  private static final Logger log = LoggerFactory.getLogger(ModelRegistry.class);
  private static final List<String> KEYS = List.of("provider", "base-url", "api-key", "name", "temperature",
      "candidates", "timeout-seconds", "max-retries", "backoff-millis", "max-concurrency", "max-tokens", "redact");

  private final List<ModelClient> clients;
  private final ExchangeLog exchanges = new ExchangeLog();

  @Autowired
  public ModelRegistry(Environment environment) {
    this(environment, System.getenv());
  }

  ModelRegistry(Environment environment, Map<String, String> env) {
    Properties props = new Properties();
    for (String key : KEYS) {
      String v = environment.getProperty("flamefix.model." + key);
      if (v != null) props.setProperty("flamefix.model." + key, v);
    }
    boolean named = props.getProperty("flamefix.model.name") != null || env.get("FLAMEFIX_MODEL_NAME") != null;
    if (named) {
      ModelOptions options = ModelOptions.load(props, env);
      log.info("candidate model configured: {}", options); // toString hides the API key
      clients = List.of(new ModelClient(options, exchanges));
    } else {
      log.info("no candidate model configured (flamefix.model.name / FLAMEFIX_MODEL_NAME): recipes only");
      clients = List.of();
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
