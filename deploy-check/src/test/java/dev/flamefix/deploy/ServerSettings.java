package dev.flamefix.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import dev.flamefix.kb.KnowledgeBaseSettings;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** The settings of the server's application.yml, and whether an environment variable sets one. */
final class ServerSettings {

  /** Variables read directly rather than through a setting of application.yml. */
  static final Set<String> DIRECT_VARIABLES = Set.of("FLAMEFIX_API_TOKENS");
  /** Read by the optimizer's ModelOptions (ServerProbesTest checks the chart's through it). */
  static final Pattern MODEL_VARIABLES = Pattern.compile("FLAMEFIX_MODEL_[A-Z_]+");
  /** Read by the knowledge base's store choice ({@link KnowledgeBaseSettings#resolve}). */
  static final List<String> KNOWLEDGE_BASE_VARIABLES = KnowledgeBaseSettings.VARIABLES;

  static final JsonNode YAML = load();
  private static final Set<String> KEYS = new HashSet<>();

  static {
    flatten("", YAML);
  }

  private ServerSettings() {}

  /**
   * Whether the variable sets something the server reads: by Spring's relaxed binding of a key of
   * application.yml (FLAMEFIX_INGEST_TOKEN is flamefix.ingest.token), or as a variable read directly.
   */
  static boolean known(String variable) {
    String property = variable.toLowerCase(Locale.ROOT).replace('_', '.');
    return DIRECT_VARIABLES.contains(variable) || MODEL_VARIABLES.matcher(variable).matches()
        || KNOWLEDGE_BASE_VARIABLES.contains(variable)
        || KEYS.stream().anyMatch(k -> k.replace("-", "").equals(property));
  }

  private static JsonNode load() {
    try (InputStream in = ServerSettings.class.getResourceAsStream("/application.yml")) {
      if (in == null) {
        throw new IllegalStateException("the server's application.yml is not on the class path");
      }
      return new YAMLMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void flatten(String prefix, JsonNode node) {
    if (node.isObject()) {
      node.fields().forEachRemaining(e -> flatten(prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(), e.getValue()));
    } else {
      KEYS.add(prefix);
    }
  }
}
