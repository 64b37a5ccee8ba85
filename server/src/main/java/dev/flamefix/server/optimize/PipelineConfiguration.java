package dev.flamefix.server.optimize;

import dev.flamefix.kb.KnowledgeBase;
import dev.flamefix.pipeline.PipelineFactory;
import dev.flamefix.server.kb.KbProperties;
import java.nio.file.Path;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The product pipeline as the server runs it: the validator from {@code flamefix.optimize.validator.*}
 * and the server's one knowledge base (opened when a model first needs suggestions). Model
 * clients are chosen per job from the {@link ModelRegistry}, which owns them.
 */
@Configuration(proxyBeanMethods = false)
public class PipelineConfiguration {

  /**
   * The pipeline; candidates validated by it never see the data directory nor the knowledge base
   * (both often lie outside the home directory the sandbox always hides).
   */
  @Bean
  PipelineFactory pipelineFactory(OptimizeProperties properties, ObjectProvider<KnowledgeBase> knowledgeBase,
      KbProperties kb, @Value("${flamefix.data-dir}") Path dataDir) {
    return PipelineFactory.builder()
        .validation(properties.validator().toOptions().toBuilder()
            .privateDirs(List.of(dataDir, kb.directoryUnder(dataDir))).build())
        .knowledgeBase(knowledgeBase::getObject)
        .build();
  }
}
