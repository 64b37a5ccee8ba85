package dev.flamefix.deploy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Parses rendered YAML into the typed Kubernetes API model of the fabric8 client: every document
 * must be a kind the model knows, every field must exist on its type, and every value must have
 * the field's type (a string where an integer belongs fails).
 */
final class Manifests {

  private static final YAMLMapper YAML = new YAMLMapper();
  // fabric8's types keep unknown fields in additionalProperties instead of failing, so
  // parse() walks each parsed object for them; this mapper only fails on wrong value types.
  private static final ObjectMapper MODEL = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .build();

  private Manifests() {}

  /** Thrown for a document the API model does not accept; the message names the document and field. */
  static final class InvalidManifest extends RuntimeException {
    InvalidManifest(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /** Every non-empty document of a multi-document YAML text, typed. */
  static List<HasMetadata> parse(String yaml) {
    List<HasMetadata> resources = new ArrayList<>();
    try (var parser = new YAMLFactory().createParser(yaml)) {
      for (JsonNode doc : YAML.readValues(parser, JsonNode.class).readAll()) {
        if (doc == null || doc.isNull() || doc.isMissingNode() || doc.isEmpty()) {
          continue;
        }
        resources.add(parseOne(doc));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("not YAML", e);
    }
    return resources;
  }

  private static HasMetadata parseOne(JsonNode doc) {
    String where = doc.path("kind").asText("?") + " " + doc.path("metadata").path("name").asText("?");
    KubernetesResource parsed;
    try {
      parsed = MODEL.treeToValue(doc, KubernetesResource.class);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw new InvalidManifest(where + ": " + e.getMessage(), e);
    }
    if (parsed instanceof GenericKubernetesResource || !(parsed instanceof HasMetadata resource)) {
      throw new InvalidManifest(where + ": apiVersion " + doc.path("apiVersion").asText()
          + " kind " + doc.path("kind").asText() + " is not in the Kubernetes API model", null);
    }
    List<String> unknown = new ArrayList<>();
    collectUnknownFields(parsed, where, unknown, java.util.Collections.newSetFromMap(new IdentityHashMap<>()));
    if (!unknown.isEmpty()) {
      throw new InvalidManifest("fields the API does not have: " + unknown, null);
    }
    return resource;
  }

  /** Walks the model objects' getters; any additionalProperties entry is a field the type lacks. */
  private static void collectUnknownFields(Object value, String path, List<String> unknown, Set<Object> seen) {
    if (value == null || !seen.add(value)) {
      return;
    }
    if (value instanceof Collection<?> items) {
      int i = 0;
      for (Object item : items) {
        collectUnknownFields(item, path + "[" + i++ + "]", unknown, seen);
      }
      return;
    }
    if (value instanceof Map<?, ?> map) {
      map.forEach((k, v) -> collectUnknownFields(v, path + "." + k, unknown, seen));
      return;
    }
    if (!value.getClass().getName().startsWith("io.fabric8.kubernetes.api.model")) {
      return;
    }
    for (Method getter : value.getClass().getMethods()) {
      if (getter.getParameterCount() != 0 || Modifier.isStatic(getter.getModifiers())
          || getter.getDeclaringClass() == Object.class
          || !(getter.getName().startsWith("get") || getter.getName().startsWith("is"))) {
        continue;
      }
      Object child;
      try {
        child = getter.invoke(value);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(getter.toString(), e);
      }
      if (getter.getName().equals("getAdditionalProperties")) {
        if (child instanceof Map<?, ?> extra && !extra.isEmpty()) {
          extra.keySet().forEach(k -> unknown.add(path + "." + k));
        }
      } else {
        String property = getter.getName().replaceFirst("^(get|is)", "");
        collectUnknownFields(child, path + "." + Character.toLowerCase(property.charAt(0)) + property.substring(1),
            unknown, seen);
      }
    }
  }
}
