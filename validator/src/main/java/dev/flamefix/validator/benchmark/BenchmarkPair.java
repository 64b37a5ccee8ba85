package dev.flamefix.validator.benchmark;

/**
 * One method to benchmark in both versions.
 *
 * @param owner the request it belongs to
 * @param taskIndex index of its differential task in the task file
 * @param methodIndex index among the task's resolved methods
 * @param signature the method's signature, for the report
 */
public record BenchmarkPair(String owner, int taskIndex, int methodIndex, String signature) {

  /** Simple name of the generated benchmark class. */
  public String className() {
    return "Bench_" + taskIndex + "_" + methodIndex;
  }
}
