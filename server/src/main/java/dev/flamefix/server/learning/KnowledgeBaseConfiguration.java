package dev.flamefix.server.learning;

import dev.flamefix.kb.KnowledgeBase;
import dev.flamefix.kb.KnowledgeBaseSettings;
import dev.flamefix.server.kb.KbProperties;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;

/**
 * The server's knowledge base: the Milvus collection when {@code FLAMEFIX_MILVUS_URI} or {@code
 * flamefix.kb.milvus.uri} is set, else the embedded Lucene store under {@code
 * flamefix.kb.directory} (default {@code <data-dir>/kb}); seeded with the shipped corpus on first
 * open of an empty store. Lazy, because opening embeds the seed corpus once and most requests never
 * need it; inject an {@code ObjectProvider<KnowledgeBase>} to keep it that way. A configured Milvus
 * that cannot be reached is an error on use (HTTP 503 naming it), never a silent switch to the
 * embedded store.
 */
@Configuration(proxyBeanMethods = false)
public class KnowledgeBaseConfiguration {

  private static final Logger log = LoggerFactory.getLogger(KnowledgeBaseConfiguration.class);

  /**
   * Where the knowledge base lives. The {@code FLAMEFIX_MILVUS_*} variables are read through
   * Spring's environment, which holds the process environment (and what tests put there).
   */
  @Bean
  public KnowledgeBaseSettings knowledgeBaseSettings(KbProperties properties, @Value("${flamefix.data-dir}") Path dataDir,
      Environment environment) {
    Map<String, String> env = new HashMap<>();
    for (String name : KnowledgeBaseSettings.VARIABLES) {
      String value = environment.getProperty(name);
      if (value != null) {
        env.put(name, value);
      }
    }
    return properties.settings(dataDir, env);
  }

  /** The one knowledge base of this server (one Lucene writer per directory, or one Milvus client). */
  @Bean(destroyMethod = "close")
  @Lazy
  public KnowledgeBase knowledgeBase(KnowledgeBaseSettings settings) {
    return settings.open();
  }

  @EventListener(ApplicationReadyEvent.class)
  void announce(ApplicationReadyEvent event) {
    KnowledgeBaseSettings settings = event.getApplicationContext().getBean(KnowledgeBaseSettings.class);
    log.info("Knowledge base: {} (opened on first use{})", settings.describe(),
        settings.usesMilvus() ? "" : "; set FLAMEFIX_MILVUS_URI to use Milvus");
  }
}
