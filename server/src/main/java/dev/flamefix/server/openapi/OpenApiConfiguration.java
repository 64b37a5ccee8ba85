package dev.flamefix.server.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The served OpenAPI description ({@code /v3/api-docs}, browsable at {@code /swagger-ui.html}):
 * springdoc derives the operations from the controllers; this adds the title and the bearer-token
 * scheme of {@code access.AccessConfiguration}.
 */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {

  @Bean
  OpenAPI flamefixOpenApi() {
    return new OpenAPI()
        .info(new Info()
            .title("flamefix API")
            .version("0.1.0")
            .description("Profiles in, validated optimization proposals out. Errors are RFC 7807"
                + " problem details (application/problem+json) with a stable 'reason'. When API"
                + " tokens are configured, send 'Authorization: Bearer <token>': viewer reads,"
                + " operator also starts optimizations and imports cases, approver also accepts"
                + " and rejects proposals. Agents push to /ingest with the separate ingest token.")
            .license(new License().name("Apache-2.0")))
        .components(new Components().addSecuritySchemes("apiToken",
            new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
        .addSecurityItem(new SecurityRequirement().addList("apiToken"));
  }
}
