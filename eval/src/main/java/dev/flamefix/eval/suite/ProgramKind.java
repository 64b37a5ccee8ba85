package dev.flamefix.eval.suite;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What the right answer for an evaluation program is. */
public enum ProgramKind {
  /** A known anti-pattern from the knowledge-base vocabulary; a recipe may fix it. */
  RECIPE,
  /** Needs a better data structure or complexity class; no recipe exists for it. */
  ALGORITHMIC,
  /** Already efficient: the right answer is "no proposal". */
  ALREADY_FAST;

  /** The id used in {@code program.json}: {@code recipe}, {@code algorithmic}, {@code already-fast}. */
  @JsonValue
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * Parses a kind id.
   *
   * @throws IllegalArgumentException naming the accepted ids when {@code id} is unknown
   */
  @JsonCreator
  public static ProgramKind fromId(String id) {
    for (ProgramKind kind : values()) {
      if (kind.id().equals(id)) {
        return kind;
      }
    }
    throw new IllegalArgumentException(
        "unknown program kind '" + id + "'; expected recipe, algorithmic or already-fast");
  }
}
