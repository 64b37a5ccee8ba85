package dev.flamefix.server.access;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code flamefix.access.*}: the API tokens and their roles. Tokens come from configuration or the
 * environment, never the repository; with none configured the API is open.
 *
 * @param tokens {@code flamefix.access.tokens[i].token} / {@code .role} entries
 * @param apiTokens a comma-separated {@code role:token,...} list, normally from the {@code
 *     FLAMEFIX_API_TOKENS} environment variable; added to {@code tokens}
 */
@ConfigurationProperties("flamefix.access")
public record AccessProperties(List<TokenEntry> tokens, String apiTokens) {

  public AccessProperties {
    tokens = tokens == null ? List.of() : List.copyOf(tokens);
  }

  /**
   * One configured token.
   *
   * @param token the secret a client sends as {@code Authorization: Bearer <token>}
   * @param role {@code viewer}, {@code operator} or {@code approver}
   */
  public record TokenEntry(String token, String role) {}

  /**
   * Every configured token with its parsed role.
   *
   * @throws IllegalArgumentException for an empty token, an unknown role or a malformed {@code
   *     api-tokens} entry (the message never contains a token)
   */
  public List<ApiToken> parse() {
    List<ApiToken> out = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      TokenEntry e = tokens.get(i);
      if (e == null || e.token() == null || e.token().isBlank()) {
        throw new IllegalArgumentException("flamefix.access.tokens[" + i + "].token is empty");
      }
      out.add(new ApiToken(e.token().trim(), roleOf(e.role(), "flamefix.access.tokens[" + i + "].role")));
    }
    if (apiTokens != null && !apiTokens.isBlank()) {
      String[] entries = apiTokens.split(",");
      for (int i = 0; i < entries.length; i++) {
        String entry = entries[i].trim();
        if (entry.isEmpty()) {
          continue;
        }
        int colon = entry.indexOf(':');
        if (colon <= 0 || colon == entry.length() - 1) {
          throw new IllegalArgumentException(
              "FLAMEFIX_API_TOKENS entry " + (i + 1) + " is not 'role:token'");
        }
        out.add(new ApiToken(entry.substring(colon + 1).trim(),
            roleOf(entry.substring(0, colon), "FLAMEFIX_API_TOKENS entry " + (i + 1))));
      }
    }
    return List.copyOf(out);
  }

  private static ApiRole roleOf(String role, String where) {
    try {
      return ApiRole.parse(role);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
    }
  }

  /**
   * A parsed token. {@link #toString()} hides the secret so it can never reach a log by accident.
   *
   * @param token the secret
   * @param role what it may do
   */
  public record ApiToken(String token, ApiRole role) {
    @Override
    public String toString() {
      return "ApiToken[role=" + role.wireName() + ", token=***]";
    }
  }
}
