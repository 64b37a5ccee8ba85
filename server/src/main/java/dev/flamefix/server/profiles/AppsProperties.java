package dev.flamefix.server.profiles;

import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code flamefix.apps.<app>.*}: what the server knows about each application beyond its profiles.
 * Today only the application packages used for hotspot attribution, e.g. {@code
 * flamefix.apps.orders.packages=dev.flamefix.examples}. An app without an entry gets the
 * collector's attribution heuristics (anything that is not JDK, well-known library, native or
 * kernel code counts as the application's).
 *
 * @param apps settings by application name
 */
@ConfigurationProperties("flamefix")
public record AppsProperties(Map<String, App> apps) {

  public AppsProperties {
    apps = apps == null ? Map.of() : Map.copyOf(apps);
  }

  /** The packages configured for an app; empty when none. */
  public List<String> packagesOf(String app) {
    App a = apps.get(app);
    return a == null || a.packages() == null ? List.of() : a.packages();
  }

  /**
   * One application's settings.
   *
   * @param packages package prefixes of the application's own code
   */
  public record App(List<String> packages) {}
}
