package dev.flamefix.server;

import java.time.Clock;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/**
 * The Spring Boot application. It only wires the library modules (collector, pipeline) to HTTP,
 * storage and metrics; start it through {@code flamefix serve} (the cli module) rather than
 * directly, so the command line stays the single entry point.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class FlamefixServerApplication {

  /** The clock windows and queries are timed by; tests replace it. */
  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }
}
