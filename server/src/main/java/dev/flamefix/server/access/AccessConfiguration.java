package dev.flamefix.server.access;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.DispatcherType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderNotFoundException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * Who may call what. With API tokens configured ({@link AccessProperties}): {@code GET /api/**} and
 * the non-health actuator endpoints need {@code viewer}, accepting or rejecting a proposal needs
 * {@code approver}, every other {@code /api} write needs {@code operator}. The dashboard's static
 * files, the OpenAPI description, {@code /actuator/health} and {@code /actuator/info} are public;
 * {@code /ingest} and the agents' {@code /api/v1/agent/**} are governed by the ingest token only.
 * Without tokens everything is open and the log says so once. Stateless (no session, no CSRF: no cookie authenticates anything); refusals
 * are RFC 7807 problem details.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AccessProperties.class)
public class AccessConfiguration {

  private static final Logger log = LoggerFactory.getLogger(AccessConfiguration.class);
  /** What agents call with the ingest token (recording requests and uploads). */
  static final String AGENT_PATHS = "/api/v1/agent/**";

  /** The configured tokens; fails start-up on a malformed entry (without echoing any token). */
  @Bean
  public ApiTokens apiTokens(AccessProperties properties, Environment environment) {
    if (properties.apiTokens() == null || properties.apiTokens().isBlank()) {
      // FLAMEFIX_API_TOKENS does not bind to flamefix.access.* by Spring's relaxed rules.
      properties = new AccessProperties(properties.tokens(), environment.getProperty("FLAMEFIX_API_TOKENS"));
    }
    return new ApiTokens(properties.parse());
  }

  /**
   * There is no password login; this bean also keeps Spring Boot from generating a default user
   * and logging its password.
   */
  @Bean
  public AuthenticationManager noPasswordLogin() {
    return authentication -> {
      throw new ProviderNotFoundException("flamefix authenticates API calls by bearer token only");
    };
  }

  @Bean
  SecurityFilterChain apiSecurity(HttpSecurity http, ApiTokens tokens, ObjectMapper json)
      throws Exception {
    ProblemResponses problems = new ProblemResponses(json);
    http.csrf(AbstractHttpConfigurer::disable)
        .httpBasic(AbstractHttpConfigurer::disable)
        .formLogin(AbstractHttpConfigurer::disable)
        .logout(AbstractHttpConfigurer::disable)
        .requestCache(AbstractHttpConfigurer::disable)
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .addFilterBefore(new ApiTokenFilter(tokens, problems), AnonymousAuthenticationFilter.class)
        .exceptionHandling(e -> e
            .authenticationEntryPoint((req, res, ex) -> problems.write(res, req.getRequestURI(),
                HttpStatus.UNAUTHORIZED, "Unauthorized", "missing_token",
                "this endpoint needs an API token: send 'Authorization: Bearer <token>'"))
            .accessDeniedHandler((req, res, ex) -> problems.write(res, req.getRequestURI(),
                HttpStatus.FORBIDDEN, "Forbidden", "insufficient_role",
                "the API token's role may not " + req.getMethod() + " " + req.getRequestURI())));
    if (!tokens.required()) {
      http.authorizeHttpRequests(a -> a.anyRequest().permitAll());
    } else {
      String viewer = ApiRole.VIEWER.name();
      http.authorizeHttpRequests(a -> a
          // Async (SSE) and error dispatches continue a request that was already authorized.
          .dispatcherTypeMatchers(DispatcherType.ASYNC, DispatcherType.ERROR).permitAll()
          .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
          // Agents' recording endpoints check the ingest token themselves, as /ingest does.
          .requestMatchers(AGENT_PATHS).permitAll()
          .requestMatchers("/actuator/**").hasRole(viewer)
          .requestMatchers(HttpMethod.POST, "/api/proposals/*/accept", "/api/proposals/*/reject")
          .hasRole(ApiRole.APPROVER.name())
          .requestMatchers(HttpMethod.GET, "/api/**").hasRole(viewer)
          .requestMatchers(HttpMethod.HEAD, "/api/**").hasRole(viewer)
          .requestMatchers("/api/**").hasRole(ApiRole.OPERATOR.name())
          .anyRequest().permitAll());
    }
    return http.build();
  }

  @EventListener(ApplicationReadyEvent.class)
  void announce(ApplicationReadyEvent event) {
    ApiTokens tokens = event.getApplicationContext().getBean(ApiTokens.class);
    if (!tokens.required()) {
      log.warn("The API is open: no API tokens are configured, so anyone who can reach this port"
          + " may read, start optimizations and accept proposals. Set FLAMEFIX_API_TOKENS"
          + " (role:token,...) or flamefix.access.tokens[i].token/role to require tokens.");
    } else {
      log.info("The API requires bearer tokens: {} viewer, {} operator, {} approver token(s).",
          tokens.count(ApiRole.VIEWER), tokens.count(ApiRole.OPERATOR),
          tokens.count(ApiRole.APPROVER));
    }
  }
}
