package dev.flamefix.server.appconfig;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code PUT/GET /api/apps/{app}/config} and {@code GET /api/app-configs}. */
@RestController
public class AppConfigController {
  private final AppConfigService service;
  private final JsonBodies bodies;

  public AppConfigController(AppConfigService service, JsonBodies bodies) {
    this.service = service;
    this.bodies = bodies;
  }

  /** Stores the configuration; 200 with the stored form (paths made absolute). */
  @PutMapping("/api/apps/{app}/config")
  public AppConfig put(@PathVariable String app, HttpServletRequest request) throws IOException {
    return service.put(app, bodies.read(request, AppConfigRequest.class));
  }

  @GetMapping("/api/apps/{app}/config")
  public AppConfig get(@PathVariable String app) {
    return service.get(app);
  }

  /** Every configured app. */
  @GetMapping("/api/app-configs")
  public List<AppConfig> all() {
    return service.all();
  }
}
