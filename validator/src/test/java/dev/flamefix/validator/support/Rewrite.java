package dev.flamefix.validator.support;

import dev.flamefix.validator.ValidationRequest;
import java.util.List;

/**
 * One rewrite of one method of a test original.
 *
 * @param name what the rewrite does (becomes the request id)
 * @param className OrderAnalytics, LogDigest or Catalog
 * @param method the method replaced
 * @param code the new method
 * @param members extra members (helpers, static constants), or {@code null}
 * @param imports extra imports, or {@code null}
 */
public record Rewrite(String name, String className, String method, String code, String members,
    String imports) {

  /** Catalog's fully-qualified name. */
  public static final String CATALOG = "dev.flamefix.validator.fixtures.Catalog";

  /** A rewrite of OrderAnalytics. */
  public static Rewrite orders(String name, String method, String code) {
    return new Rewrite(name, Sources.ORDER_ANALYTICS, method, code, null, null);
  }

  /** A rewrite of OrderAnalytics with extra members and imports. */
  public static Rewrite orders(String name, String method, String code, String members,
      String imports) {
    return new Rewrite(name, Sources.ORDER_ANALYTICS, method, code, members, imports);
  }

  /** A rewrite of Catalog. */
  public static Rewrite catalog(String name, String method, String code) {
    return new Rewrite(name, CATALOG, method, code, null, null);
  }

  /** A rewrite of Catalog with extra members and imports. */
  public static Rewrite catalog(String name, String method, String code, String members,
      String imports) {
    return new Rewrite(name, CATALOG, method, code, members, imports);
  }

  /** A rewrite of the examples' LogDigest (static methods over log lines). */
  public static Rewrite logs(String name, String method, String code) {
    return new Rewrite(name, Sources.LOG_DIGEST, method, code, null, null);
  }

  /** The original source of the class this rewrites. */
  public String original() {
    return className.equals(CATALOG) ? Sources.resource("/fixtures/Catalog.java")
        : Sources.example(className);
  }

  /** The validation request for this rewrite. */
  public ValidationRequest request() {
    String original = original();
    return ValidationRequest.of(name, className, original,
        Sources.splice(original, method, code, members, imports), List.of(method),
        Sources.exampleClassPath());
  }
}
