package dev.flamefix.pipeline;

import dev.flamefix.recording.MethodKey;
import dev.flamefix.recording.RecordedCall;
import dev.flamefix.recording.RecordingBatch;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where a run finds real calls of a target method recorded in production (issue 16): the
 * server's recording store, or the envelope files given to {@code flamefix optimize --recorded}.
 * The pipeline asks once per target and hands the calls to the validator, which replays them on
 * both sides after the generated inputs.
 */
@FunctionalInterface
public interface RecordedCallSource {

  /** No recordings. */
  RecordedCallSource NONE = (className, methodName) -> List.of();

  /**
   * Recordings of methods named {@code methodName} of class {@code className} (any overload), in
   * the order the source prefers them (newest first for a store).
   */
  List<RecordingBatch> recordingsOf(String className, String methodName);

  /** The given envelopes, e.g. read from files. */
  static RecordedCallSource of(List<RecordingBatch> batches) {
    List<RecordingBatch> copy = List.copyOf(batches);
    return (className, methodName) -> copy.stream()
        .filter(b -> MethodKey.className(b.method()).equals(className)
            && MethodKey.methodName(b.method()).equals(methodName))
        .toList();
  }

  /**
   * The calls to replay for a target method: those of the recorded overload that {@code method}
   * names ({@code name} or {@code name(Type,...)}, types by simple or full name), all batches
   * together. When a bare name matches recordings of several overloads, the one with the most
   * calls is chosen.
   */
  default Optional<Selection> select(String className, String method) {
    int paren = method.indexOf('(');
    String name = (paren < 0 ? method : method.substring(0, paren)).trim();
    List<String> wanted = paren < 0 ? null : parameters(method.substring(paren + 1,
        method.lastIndexOf(')')));
    Map<String, List<RecordedCall>> byKey = new LinkedHashMap<>();
    for (RecordingBatch batch : recordingsOf(className, name)) {
      String key = batch.method();
      if (wanted == null || sameParameters(key, wanted)) {
        byKey.computeIfAbsent(key, k -> new ArrayList<>()).addAll(batch.calls());
      }
    }
    return byKey.entrySet().stream().filter(e -> !e.getValue().isEmpty())
        .max((a, b) -> Integer.compare(a.getValue().size(), b.getValue().size()))
        .map(e -> new Selection(e.getKey(), List.copyOf(e.getValue())));
  }

  private static boolean sameParameters(String key, List<String> wanted) {
    String inside = key.substring(key.indexOf('(') + 1, key.length() - 1);
    List<String> recorded = parameters(inside);
    if (recorded.size() != wanted.size()) {
      return false;
    }
    for (int i = 0; i < recorded.size(); i++) {
      String full = recorded.get(i);
      String want = wanted.get(i);
      String simple = full.substring(Math.max(full.lastIndexOf('.'), full.lastIndexOf('$')) + 1);
      if (!want.equals(full) && !want.equals(simple) && !want.replace('.', '$').equals(full)) {
        return false;
      }
    }
    return true;
  }

  /** Erased parameter types of a list such as {@code List<String>, int[]}: {@code List, int[]}. */
  private static List<String> parameters(String list) {
    String erased = list.replaceAll("<[^<>]*>", "");
    while (erased.contains("<")) {
      erased = erased.replaceAll("<[^<>]*>", "");
    }
    if (erased.isBlank()) {
      return List.of();
    }
    return Arrays.stream(erased.split(",")).map(s -> s.replace("...", "[]").trim()).toList();
  }

  /**
   * The calls chosen for one target.
   *
   * @param method the {@link MethodKey} they were recorded for
   * @param calls the calls of every matching batch
   */
  record Selection(String method, List<RecordedCall> calls) {}
}
