package dev.flamefix.server.ingest;

import dev.flamefix.collector.ingest.IngestLimits;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Publishes the configured {@link IngestLimits} for every component that decodes stacks. */
@Configuration(proxyBeanMethods = false)
public class IngestConfiguration {

  /** The bounds every ingest payload is held to ({@code flamefix.ingest.*}). */
  @Bean
  IngestLimits ingestLimits(IngestProperties properties) {
    return properties.limits();
  }
}
