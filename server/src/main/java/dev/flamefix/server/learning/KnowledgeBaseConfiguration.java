package dev.flamefix.server.learning;

import dev.flamefix.kb.KnowledgeBase;
import dev.flamefix.server.kb.KbProperties;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * The server's knowledge base: the embedded Lucene store under {@code flamefix.kb.directory}
 * (default {@code <data-dir>/kb}), seeded with the shipped corpus on first open. Lazy, because
 * opening embeds the seed corpus once and most requests never need it; inject an {@code
 * ObjectProvider<KnowledgeBase>} to keep it that way.
 */
@Configuration(proxyBeanMethods = false)
public class KnowledgeBaseConfiguration {

  /** The one knowledge base of this server (one Lucene writer per directory). */
  @Bean(destroyMethod = "close")
  @Lazy
  public KnowledgeBase knowledgeBase(KbProperties properties, @Value("${flamefix.data-dir}") Path dataDir) {
    return KnowledgeBase.openDefault(properties.directoryUnder(dataDir));
  }
}
