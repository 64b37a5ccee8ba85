package dev.flamefix.server.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code /api/**} and {@code /actuator/**} requests by their bearer token. A request
 * without a token stays anonymous (the authorization rules then answer 401); a request with an
 * unknown token is refused here with 401. The progress stream {@code
 * /api/optimizations/{id}/events} also takes {@code ?access_token=}, because a browser's {@code
 * EventSource} cannot send headers. {@code /ingest} and the agents' {@code /api/v1/agent/**} are
 * left to the ingest token check.
 */
final class ApiTokenFilter extends OncePerRequestFilter {

  private static final Pattern EVENT_STREAM = Pattern.compile("/api/optimizations/[^/]+/events");

  private final ApiTokens tokens;
  private final ProblemResponses problems;

  ApiTokenFilter(ApiTokens tokens, ProblemResponses problems) {
    this.tokens = tokens;
    this.problems = problems;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = path(request);
    return !tokens.required() || path.startsWith("/api/v1/agent/")
        || !(path.startsWith("/api/") || path.startsWith("/actuator/"));
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    String presented = presentedToken(request);
    if (presented != null) {
      Optional<ApiRole> role = tokens.roleOf(presented);
      if (role.isEmpty()) {
        problems.write(response, path(request), HttpStatus.UNAUTHORIZED, "Unauthorized",
            "invalid_token", "the API token is not valid");
        return;
      }
      SecurityContext context = SecurityContextHolder.createEmptyContext();
      context.setAuthentication(authentication(role.get()));
      SecurityContextHolder.setContext(context);
    }
    chain.doFilter(request, response);
  }

  /** The token's role and every role it includes, as authorities. */
  static UsernamePasswordAuthenticationToken authentication(ApiRole role) {
    List<SimpleGrantedAuthority> authorities =
        Arrays.stream(ApiRole.values())
            .filter(r -> r.compareTo(role) <= 0)
            .map(r -> new SimpleGrantedAuthority(r.authority()))
            .toList();
    return UsernamePasswordAuthenticationToken.authenticated(
        "api-token:" + role.wireName(), null, authorities);
  }

  private static String presentedToken(HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    String prefix = "Bearer ";
    if (header != null && header.regionMatches(true, 0, prefix, 0, prefix.length())) {
      return header.substring(prefix.length()).trim();
    }
    if ("GET".equals(request.getMethod()) && EVENT_STREAM.matcher(path(request)).matches()) {
      String q = request.getParameter("access_token");
      return q == null || q.isBlank() ? null : q.trim();
    }
    return null;
  }

  private static String path(HttpServletRequest request) {
    String uri = request.getRequestURI();
    String ctx = request.getContextPath();
    return ctx != null && !ctx.isEmpty() && uri.startsWith(ctx) ? uri.substring(ctx.length()) : uri;
  }
}
