package dev.flamefix.server.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Checks the {@code Authorization: Bearer <token>} header of ingest requests against {@code
 * flamefix.ingest.token}. Without a configured token ingest is open, and the log says so once at
 * start-up.
 */
@Component
public class IngestTokenCheck {

  private static final Logger log = LoggerFactory.getLogger(IngestTokenCheck.class);

  private final byte[] expected;

  public IngestTokenCheck(IngestProperties properties) {
    this.expected =
        properties.tokenRequired() ? properties.token().getBytes(StandardCharsets.UTF_8) : null;
  }

  @EventListener(ApplicationReadyEvent.class)
  void announce() {
    if (expected == null) {
      log.warn(
          "Ingest is open: any client may push profiles to /ingest."
              + " Set FLAMEFIX_INGEST_TOKEN (flamefix.ingest.token) to require a bearer token.");
    } else {
      log.info("Ingest requires a bearer token (flamefix.ingest.token is set).");
    }
  }

  /**
   * Lets the request through or refuses it.
   *
   * @param authorization the {@code Authorization} header, or {@code null}
   * @throws IngestRejectedException ({@code 401 unauthorized}) when a token is required and the
   *     header does not carry it
   */
  public void check(String authorization) {
    if (expected == null) {
      return;
    }
    String prefix = "Bearer ";
    if (authorization == null || !authorization.regionMatches(true, 0, prefix, 0, prefix.length())) {
      throw unauthorized("missing ingest token: send 'Authorization: Bearer <token>'");
    }
    byte[] given = authorization.substring(prefix.length()).trim().getBytes(StandardCharsets.UTF_8);
    // Constant-time comparison: the time taken says nothing about how much of the token matched.
    if (!MessageDigest.isEqual(expected, given)) {
      throw unauthorized("wrong ingest token");
    }
  }

  private static IngestRejectedException unauthorized(String message) {
    return new IngestRejectedException(
        HttpStatus.UNAUTHORIZED, IngestRejectedException.UNAUTHORIZED, message);
  }
}
