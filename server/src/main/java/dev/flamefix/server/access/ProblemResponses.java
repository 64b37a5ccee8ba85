package dev.flamefix.server.access;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import dev.flamefix.server.web.Problems;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/**
 * Writes an RFC 7807 answer from inside the security filter chain, where no controller advice
 * runs; built by the same {@link Problems} factory as the controllers' answers, with the {@code
 * instance} that Spring MVC would add.
 */
final class ProblemResponses {

  private final ObjectMapper json;

  ProblemResponses(ObjectMapper json) {
    this.json = json;
  }

  void write(HttpServletResponse response, String path, HttpStatus status, String title,
      String reason, String detail) throws IOException {
    ProblemDetail p = Problems.of(status, title, reason, detail);
    p.setInstance(URI.create(path));
    response.setStatus(status.value());
    if (status == HttpStatus.UNAUTHORIZED) {
      response.setHeader("WWW-Authenticate", "Bearer realm=\"flamefix\"");
    }
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    json.writeValue(response.getOutputStream(), p);
  }
}
