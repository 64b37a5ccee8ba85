package dev.flamefix.server.optimize;

import dev.flamefix.examples.orders.OrderService;
import dev.flamefix.optimizer.model.ScriptedChatServer;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.Map;

/**
 * Settings and paths the pipeline tests share: short JMH runs (the two versions are compared in
 * one run, and the example's anti-patterns are several times slower, so short runs decide
 * clearly) and the example's sources and classes.
 */
public final class QuickPipeline {
  private QuickPipeline() {}

  /** Server properties for short validations. */
  public static Map<String, Object> properties() {
    Map<String, Object> p = new HashMap<>();
    p.put("flamefix.optimize.validator.warmup-iterations", 3);
    p.put("flamefix.optimize.validator.warmup-millis", 200);
    p.put("flamefix.optimize.validator.measurement-iterations", 15);
    p.put("flamefix.optimize.validator.measurement-millis", 200);
    p.put("flamefix.optimize.validator.calls-per-method", 200);
    p.put("flamefix.optimize.max-validations", 2);
    return p;
  }

  /** {@link #properties()} with {@code model} as the model named {@code scripted}, without retries. */
  public static Map<String, Object> withModel(ScriptedChatServer model) {
    Map<String, Object> props = properties();
    props.put("flamefix.model.name", "scripted");
    props.put("flamefix.model.base-url", model.baseUrl());
    props.put("flamefix.model.api-key", "test-key");
    props.put("flamefix.model.max-retries", 0);
    return props;
  }

  /** examples/src/main/java. */
  public static Path exampleSources() {
    Path p = Paths.get("..", "examples", "src", "main", "java").toAbsolutePath().normalize();
    if (!Files.isDirectory(p)) throw new IllegalStateException("example sources not found at " + p);
    return p;
  }

  /** Where {@link OrderService} was loaded from (examples/target/classes or its jar). */
  public static Path exampleClasses() {
    try {
      return Paths.get(OrderService.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The JSON body registering the example as {@code app}. */
  public static String exampleConfig() {
    return "{\"sourceRoot\":\"" + exampleSources() + "\",\"classpath\":[\"" + exampleClasses() + "\"],"
        + "\"applicationPackages\":[\"dev.flamefix.examples\"],\"cores\":8,"
        + "\"budget\":{\"concurrentJobs\":1,\"cpuMinutesPerDay\":60}}";
  }
}
