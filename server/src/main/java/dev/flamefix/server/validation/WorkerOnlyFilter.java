package dev.flamefix.server.validation;

import dev.flamefix.server.fleet.FleetProperties;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A worker serves only its Actuator endpoints (health probes, metrics): no ingest, no API, so
 * a worker mistakenly behind the server's load balancer answers 404 instead of half the product.
 */
@Component
class WorkerOnlyFilter extends OncePerRequestFilter {
  private final FleetProperties fleet;

  WorkerOnlyFilter(FleetProperties fleet) {
    this.fleet = fleet;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !fleet.worker() || request.getRequestURI().startsWith("/actuator");
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.sendError(HttpServletResponse.SC_NOT_FOUND, "a flamefix validation worker serves only /actuator");
  }
}
