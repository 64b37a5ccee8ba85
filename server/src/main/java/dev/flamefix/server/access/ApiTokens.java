package dev.flamefix.server.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Optional;

/**
 * The configured API tokens, kept only as SHA-256 digests and compared in constant time, so neither
 * the heap dump of a request nor its timing says how much of a guess matched.
 */
public final class ApiTokens {

  private record Digest(byte[] sha256, ApiRole role) {}

  private final List<Digest> digests;

  /** Tokens from {@link AccessProperties#parse()}. */
  public ApiTokens(List<AccessProperties.ApiToken> tokens) {
    this.digests = tokens.stream().map(t -> new Digest(sha256(t.token()), t.role())).toList();
  }

  /** Whether any token is configured; without one the API is open. */
  public boolean required() {
    return !digests.isEmpty();
  }

  /** Number of configured tokens per role, for the start-up log line (never the tokens). */
  public long count(ApiRole role) {
    return digests.stream().filter(d -> d.role() == role).count();
  }

  /** The role of {@code presented}, or empty when it is no configured token. */
  public Optional<ApiRole> roleOf(String presented) {
    if (presented == null || presented.isEmpty()) {
      return Optional.empty();
    }
    byte[] given = sha256(presented);
    ApiRole found = null;
    // Every digest is compared (no early exit) so the time taken does not depend on which matched.
    for (Digest d : digests) {
      if (MessageDigest.isEqual(d.sha256(), given) && (found == null || d.role().compareTo(found) > 0)) {
        found = d.role();
      }
    }
    return Optional.ofNullable(found);
  }

  private static byte[] sha256(String s) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
    }
  }
}
