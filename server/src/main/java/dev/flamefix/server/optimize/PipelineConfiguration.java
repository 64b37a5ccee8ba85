package dev.flamefix.server.optimize;

import dev.flamefix.kb.KnowledgeBase;
import dev.flamefix.pipeline.PipelineFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The product pipeline as the server runs it: the validator from {@code flamefix.optimize.validator.*}
 * and the server's one knowledge base (opened when a model first needs suggestions). Model
 * clients are chosen per job from the {@link ModelRegistry}, which owns them.
 */
@Configuration(proxyBeanMethods = false)
public class PipelineConfiguration {

  @Bean
  PipelineFactory pipelineFactory(OptimizeProperties properties, ObjectProvider<KnowledgeBase> knowledgeBase) {
    return PipelineFactory.builder()
        .validation(properties.validator().toOptions())
        .knowledgeBase(knowledgeBase::getObject)
        .build();
  }
}
