package dev.flamefix.server.web;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;

/**
 * The JSON converter of Spring MVC, replacing Spring Boot's: the same mapper, except that an
 * unknown field in a request body is refused ({@code malformed_json}) instead of silently ignored,
 * so a misspelt option is never mistaken for its default. Only HTTP bodies are this strict; the
 * stores read their own JSON with the shared mapper.
 */
@Configuration(proxyBeanMethods = false)
public class JsonRequestConfiguration {

  @Bean
  MappingJackson2HttpMessageConverter strictJsonConverter(ObjectMapper json) {
    return new MappingJackson2HttpMessageConverter(
        json.copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));
  }
}
