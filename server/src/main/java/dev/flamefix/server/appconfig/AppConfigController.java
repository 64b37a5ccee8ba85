package dev.flamefix.server.appconfig;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code PUT/GET /api/apps/{app}/config} and {@code GET /api/app-configs}. */
@RestController
public class AppConfigController {
  private final AppConfigService service;

  public AppConfigController(AppConfigService service) {
    this.service = service;
  }

  /**
   * Stores the configuration; 200 with the stored form (paths made absolute). Not {@code @Valid}:
   * the service checks the annotations together with the files on disk, so that one answer lists
   * every problem.
   */
  @PutMapping("/api/apps/{app}/config")
  public AppConfig put(@PathVariable String app,
      @RequestBody(required = false) AppConfigRequest body) {
    return service.put(app, body);
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
