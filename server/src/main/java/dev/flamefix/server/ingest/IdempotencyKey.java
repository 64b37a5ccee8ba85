package dev.flamefix.server.ingest;

import dev.flamefix.collector.ingest.IngestRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.http.HttpStatus;

/**
 * The idempotency key of one ingest request, 64 hex characters (SHA-256). Without an {@code
 * Idempotency-Key} header it is the digest of what identifies a window: app, labels, pid, host,
 * start, end and the payload bytes, so an agent's retry of the same window (same bytes) maps to the
 * same key whatever the agent version. With the header, the digest of app and header value: the
 * client then decides what counts as the same request.
 */
final class IdempotencyKey {

  /** Longest accepted {@code Idempotency-Key} header value. */
  static final int MAX_HEADER_LENGTH = 255;

  private IdempotencyKey() {}

  static String of(IngestRequest request, byte[] body, String header) {
    MessageDigest sha = sha256();
    if (header != null && !header.isBlank()) {
      if (header.length() > MAX_HEADER_LENGTH) {
        throw new IngestRejectedException(HttpStatus.BAD_REQUEST, IngestRejectedException.BAD_REQUEST,
            "Idempotency-Key is longer than " + MAX_HEADER_LENGTH + " characters");
      }
      update(sha, "header");
      update(sha, request.series().app());
      update(sha, header.trim());
    } else {
      update(sha, "window");
      update(sha, request.series().app());
      update(sha, request.series().event());
      update(sha, request.series().labelsText());
      update(sha, request.pid());
      update(sha, request.host());
      update(sha, Long.toString(request.fromMs()));
      update(sha, Long.toString(request.untilMs()));
      sha.update(body);
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  // Length-prefixed so that ("ab", "c") and ("a", "bc") never digest alike.
  private static void update(MessageDigest sha, String part) {
    byte[] bytes = (part == null ? "\u0000null" : part).getBytes(StandardCharsets.UTF_8);
    sha.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
    sha.update((byte) ':');
    sha.update(bytes);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
