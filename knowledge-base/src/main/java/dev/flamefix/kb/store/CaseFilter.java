package dev.flamefix.kb.store;

import dev.flamefix.kb.Case;
import dev.flamefix.kb.CaseSource;

/**
 * Optional restriction of a vector search to cases with a given category and/or source. A null
 * component means "any".
 *
 * @param category anti-pattern id to match exactly, or null
 * @param source case source to match, or null
 */
public record CaseFilter(String category, CaseSource source) {

  /** Matches every case. */
  public static final CaseFilter ANY = new CaseFilter(null, null);

  /** Only cases of this category. */
  public static CaseFilter category(String category) {
    return new CaseFilter(category, null);
  }

  /** Only cases from this source. */
  public static CaseFilter source(CaseSource source) {
    return new CaseFilter(null, source);
  }

  /** Whether this filter restricts nothing. */
  public boolean isAny() {
    return category == null && source == null;
  }

  /** Whether {@code c} passes the filter. */
  public boolean test(Case c) {
    return (category == null || category.equals(c.category()))
        && (source == null || source == c.source());
  }
}
