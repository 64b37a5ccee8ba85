package dev.flamefix.server.access;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/**
 * Writes an RFC 7807 answer from inside the security filter chain, where no controller advice
 * runs; same shape as the controllers' problems ({@code type}, {@code title}, {@code status},
 * {@code detail}, {@code instance}, {@code reason}).
 */
final class ProblemResponses {

  private final ObjectMapper json;

  ProblemResponses(ObjectMapper json) {
    this.json = json;
  }

  void write(HttpServletResponse response, String path, HttpStatus status, String title,
      String reason, String detail) throws IOException {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
    p.setTitle(title);
    p.setType(URI.create("https://flamefix.dev/problems/" + reason.replace('_', '-')));
    p.setInstance(URI.create(path));
    p.setProperty("reason", reason);
    response.setStatus(status.value());
    if (status == HttpStatus.UNAUTHORIZED) {
      response.setHeader("WWW-Authenticate", "Bearer realm=\"flamefix\"");
    }
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    json.writeValue(response.getOutputStream(), p);
  }
}
