package dev.flamefix.validator.benchmark;

import dev.flamefix.validator.differential.PrimitiveShape;

/**
 * One method to benchmark in both versions.
 *
 * @param owner the request it belongs to
 * @param taskIndex index of its differential task in the task file
 * @param methodIndex index among the task's resolved methods
 * @param signature the method's signature, for the report
 * @param shape the method's shape when it takes and returns only primitives (the benchmark then
 *     calls it on primitive arrays through an exactly typed handle), or {@code null}: the uniform
 *     boxed handle
 */
public record BenchmarkPair(String owner, int taskIndex, int methodIndex, String signature,
    PrimitiveShape shape) {

  /** A pair benchmarked through the uniform boxed handle. */
  public BenchmarkPair(String owner, int taskIndex, int methodIndex, String signature) {
    this(owner, taskIndex, methodIndex, signature, null);
  }

  /** Simple name of the generated benchmark class. */
  public String className() {
    return "Bench_" + taskIndex + "_" + methodIndex;
  }
}
