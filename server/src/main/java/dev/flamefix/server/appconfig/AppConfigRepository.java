package dev.flamefix.server.appconfig;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The {@code app_config} table (migration V2): one JSON document per app. */
@Repository
public class AppConfigRepository {
  private final JdbcClient jdbc;
  private final ObjectMapper json;
  private final Clock clock;

  public AppConfigRepository(JdbcClient jdbc, ObjectMapper json, Clock clock) {
    this.jdbc = jdbc;
    this.json = json;
    this.clock = clock;
  }

  /** Inserts or replaces the configuration of {@code config.app()}. */
  @Transactional
  public void save(AppConfig config) {
    String doc = write(config);
    int updated = jdbc.sql("UPDATE app_config SET config_json = :doc, updated_ms = :now WHERE app = :app")
        .param("doc", doc).param("now", clock.millis()).param("app", config.app()).update();
    if (updated == 0) {
      jdbc.sql("INSERT INTO app_config (app, config_json, updated_ms) VALUES (:app, :doc, :now)")
          .param("doc", doc).param("now", clock.millis()).param("app", config.app()).update();
    }
  }

  public Optional<AppConfig> find(String app) {
    return jdbc.sql("SELECT config_json FROM app_config WHERE app = :app").param("app", app)
        .query(String.class).optional().map(this::read);
  }

  public List<AppConfig> all() {
    return jdbc.sql("SELECT config_json FROM app_config ORDER BY app").query(String.class).list()
        .stream().map(this::read).toList();
  }

  private String write(AppConfig c) {
    try {
      return json.writeValueAsString(c);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private AppConfig read(String doc) {
    try {
      return json.readValue(doc, AppConfig.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored app configuration unreadable", e);
    }
  }
}
