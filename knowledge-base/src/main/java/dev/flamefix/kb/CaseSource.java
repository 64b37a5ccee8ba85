package dev.flamefix.kb;

import java.util.Locale;

/** Where a case came from; written in lower case ({@code seed}, {@code import}, {@code learned}) in JSONL and stores. */
public enum CaseSource {
  /** Written and measured for this project; shipped as a classpath resource. */
  SEED,
  /** Imported from an external corpus such as PIE-style JSONL. */
  IMPORT,
  /** Written back from a validated optimization outcome measured here. */
  LEARNED;

  /** The lower-case wire name used in JSONL and in store fields. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Parses a wire name, case-insensitively.
   *
   * @throws IllegalArgumentException naming the accepted values when {@code text} is not one
   */
  public static CaseSource fromWire(String text) {
    if (text != null) {
      for (CaseSource s : values()) {
        if (s.wireName().equalsIgnoreCase(text.trim())) {
          return s;
        }
      }
    }
    throw new IllegalArgumentException(
        "unknown case source '" + text + "' (expected seed, import or learned)");
  }
}
