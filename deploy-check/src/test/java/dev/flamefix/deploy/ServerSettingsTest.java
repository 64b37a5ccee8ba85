package dev.flamefix.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ServerSettingsTest {

  @Test
  void variablesBindSettingsOfApplicationYmlByRelaxedNames() {
    assertThat(ServerSettings.known("FLAMEFIX_INGEST_TOKEN")).isTrue();
    assertThat(ServerSettings.known("SPRING_DATASOURCE_URL")).isTrue();
    // Spring drops a key's dashes for its variable; an underscore there would be a dot.
    assertThat(ServerSettings.known("FLAMEFIX_OPTIMIZE_CONCURRENTJOBS")).as("kebab-case key").isTrue();
    assertThat(ServerSettings.known("FLAMEFIX_OPTIMIZE_CONCURRENT_JOBS")).isFalse();
    assertThat(ServerSettings.known("FLAMEFIX_API_TOKENS")).isTrue();

    assertThat(ServerSettings.known("FLAMEFIX_INGEST_TOKN")).isFalse();
    assertThat(ServerSettings.known("FLAMEFIX_DATABASE_URL")).isFalse();
    assertThat(ServerSettings.known("FLAMEFIX_MILVUS_URI")).isTrue();
    assertThat(ServerSettings.known("FLAMEFIX_MILVUS_URL")).as("not a name the knowledge base reads").isFalse();
  }
}
