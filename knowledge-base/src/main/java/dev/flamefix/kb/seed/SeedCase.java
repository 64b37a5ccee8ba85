package dev.flamefix.kb.seed;

import dev.flamefix.kb.Case;
import dev.flamefix.kb.CaseSource;

/**
 * One seed case as stored: its metadata and the two compilation units. {@code Slow.java} declares
 * {@code final class Slow} and {@code Fast.java} {@code final class Fast}; each compiles on its own
 * against {@code SeedDomain.java} at the corpus root. The knowledge base keeps only the members of
 * the two classes, which is what user code looks like.
 *
 * @param path {@code <category>/<id>}, relative to the corpus root
 * @param metadata the contents of {@code case.json}
 * @param slowSource the compilation unit of {@code Slow.java}
 * @param fastSource the compilation unit of {@code Fast.java}
 */
public record SeedCase(String path, SeedMetadata metadata, String slowSource, String fastSource) {

  /** Simple name of the class holding the slow version. */
  public static final String SLOW_CLASS = "Slow";
  /** Simple name of the class holding the fast version. */
  public static final String FAST_CLASS = "Fast";

  /** The case id. */
  public String id() {
    return metadata.id();
  }

  /**
   * The knowledge-base record: the members of {@code Slow} and {@code Fast} as JavaParser prints
   * them, the summary and the measured rate.
   *
   * @throws IllegalArgumentException if a source does not parse or lacks its class
   */
  public Case toCase() {
    return new Case(metadata.id(), metadata.category(),
        SeedSources.members(slowSource, SLOW_CLASS), SeedSources.members(fastSource, FAST_CLASS),
        metadata.summary(), metadata.rate(), metadata.rateError(), CaseSource.SEED, "java");
  }
}
