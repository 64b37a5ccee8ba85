package dev.flamefix.server.access;

import java.util.Locale;

/**
 * What an API token may do. Each role includes the ones before it: {@code viewer} reads, {@code
 * operator} also changes things that create no commitment (starts optimizations, imports knowledge
 * base cases, configures apps), {@code approver} also accepts and rejects proposals.
 */
public enum ApiRole {
  /** Every {@code GET} under {@code /api} (and the non-public actuator endpoints). */
  VIEWER,
  /** Viewer plus {@code POST /api/optimizations}, {@code POST /api/kb/import}, app configuration. */
  OPERATOR,
  /** Operator plus {@code POST /api/proposals/{id}/accept|reject}. */
  APPROVER;

  /** The Spring Security authority of this role ({@code ROLE_VIEWER}, ...). */
  public String authority() {
    return "ROLE_" + name();
  }

  /**
   * Parses a role name, case-insensitively.
   *
   * @throws IllegalArgumentException naming the accepted values
   */
  public static ApiRole parse(String text) {
    if (text != null) {
      for (ApiRole r : values()) {
        if (r.name().equalsIgnoreCase(text.trim())) {
          return r;
        }
      }
    }
    throw new IllegalArgumentException(
        "unknown API role '" + text + "' (expected viewer, operator or approver)");
  }

  /** The lower-case name used in configuration and documentation. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
