package dev.flamefix.bench.seed;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One slow→fast pair of the knowledge base's seed corpus.
 *
 * <p>A concrete case is a static nested class of a per-category file that declares two nested
 * classes named {@code Slow} and {@code Fast}. Their members are what users' code looks like and
 * are extracted verbatim (by {@link SeedSourceExtractor}) into the corpus; this class only wires
 * them to a deterministic input so that {@link SeedCaseBenchmark} can time them and the tests can
 * check they agree.
 *
 * @param <I> the input type both versions take
 */
public abstract class SeedCase<I> {
  private final String id;
  private final String category;
  private final String summary;
  private final Supplier<I> input;
  private final Supplier<List<I>> edgeInputs;
  private final Function<? super I, ?> slow;
  private final Function<? super I, ?> fast;

  /**
   * @param id stable, unique case id (kebab-case)
   * @param category one of {@link SeedCategories#ALL}
   * @param summary one or two points, "1. ...; 2. ...", on how the fix saves time
   * @param input deterministic generator of the representative input (slow takes ~10µs–10ms)
   * @param edgeInputs generator of edge inputs (empty, single element, ...) both versions must
   *     agree on; a generator because inputs may be mutable
   * @param slow runs the slow version
   * @param fast runs the fast version
   */
  protected SeedCase(
      String id,
      String category,
      String summary,
      Supplier<I> input,
      Supplier<List<I>> edgeInputs,
      Function<? super I, ?> slow,
      Function<? super I, ?> fast) {
    this.id = Objects.requireNonNull(id, "id");
    this.category = Objects.requireNonNull(category, "category");
    this.summary = Objects.requireNonNull(summary, "summary");
    this.input = Objects.requireNonNull(input, "input");
    this.edgeInputs = Objects.requireNonNull(edgeInputs, "edgeInputs");
    this.slow = Objects.requireNonNull(slow, "slow");
    this.fast = Objects.requireNonNull(fast, "fast");
  }

  /** Stable, unique id. */
  public String id() {
    return id;
  }

  /** Anti-pattern category id. */
  public String category() {
    return category;
  }

  /** "1. ...; 2. ..." — how the fast version saves time. */
  public String summary() {
    return summary;
  }

  /** A fresh copy of the representative input. */
  public I input() {
    return input.get();
  }

  /** Fresh copies of the edge inputs. */
  public List<I> edgeInputs() {
    return edgeInputs.get();
  }

  /** Runs the slow version. */
  public Object slow(I in) {
    return slow.apply(in);
  }

  /** Runs the fast version. */
  public Object fast(I in) {
    return fast.apply(in);
  }

  /** Binds the representative input once, for benchmarking. */
  public Bound<I> bind() {
    return new Bound<>(this, input());
  }

  /** A case with its input fixed, so a benchmark call does nothing but the measured work. */
  public static final class Bound<I> {
    private final SeedCase<I> seedCase;
    private final I in;

    Bound(SeedCase<I> seedCase, I in) {
      this.seedCase = seedCase;
      this.in = in;
    }

    /** Runs the slow version on the bound input. */
    public Object slow() {
      return seedCase.slow(in);
    }

    /** Runs the fast version on the bound input. */
    public Object fast() {
      return seedCase.fast(in);
    }
  }

  @Override
  public String toString() {
    return id;
  }
}
