package dev.flamefix.validator.differential;

import java.util.List;

/**
 * What differential testing did for one method.
 *
 * @param method the resolved signature, e.g. {@code countKnownCustomers(List,List)}
 * @param calls calls made to each side
 * @param edgeCaseCalls calls with edge-case inputs
 * @param randomCalls calls with random inputs
 * @param repeatCalls calls repeated on the same receiver after mutating an argument in place
 * @param originalThrew calls where the original threw (the candidate had to throw the same type)
 * @param sampleInputs a few rendered inputs, for the report
 * @param searchCalls calls made by the coverage-guided search after the plain budget
 * @param helper whether the method is a helper the rewrite changed rather than a target: compared,
 *     not benchmarked
 * @param skipped why a helper was not compared (no inputs could be generated), or {@code null}
 * @param precondition the precondition inputs had to satisfy, or {@code null} for none
 * @param outsidePrecondition generated or mutated inputs discarded, without calling either side,
 *     because the precondition was false on them (or threw)
 * @param primitiveShape the method's shape when its parameters and return type are all
 *     primitives (or void), which the benchmark calls on primitive arrays; {@code null} otherwise
 * @param tooBig how many inputs the original itself could not handle within the child's limits
 *     (time, stack, heap, a result too big to compare) and how they were shrunk or dropped;
 *     {@code null} when there were none. Such inputs are never charged to the candidate.
 * @param deepProbe what the deep-input probe did (the deepest input the original returned on per
 *     growing argument, and what stopped the growth); {@code null} when it did not run (the
 *     method cannot recurse, has no String, array or collection parameter, or an earlier call
 *     already showed a difference)
 */
public record MethodReport(String method, int calls, int edgeCaseCalls, int randomCalls,
    int repeatCalls, int originalThrew, List<String> sampleInputs, int searchCalls,
    boolean helper, String skipped, String precondition, int outsidePrecondition,
    PrimitiveShape primitiveShape, String tooBig, String deepProbe) {

  /** The report of a method without a precondition. */
  public MethodReport(String method, int calls, int edgeCaseCalls, int randomCalls,
      int repeatCalls, int originalThrew, List<String> sampleInputs, int searchCalls,
      boolean helper, String skipped) {
    this(method, calls, edgeCaseCalls, randomCalls, repeatCalls, originalThrew, sampleInputs,
        searchCalls, helper, skipped, null, 0, null, null, null);
  }

  /** The report of a compared method. */
  public MethodReport(String method, int calls, int edgeCaseCalls, int randomCalls,
      int repeatCalls, int originalThrew, List<String> sampleInputs, int searchCalls) {
    this(method, calls, edgeCaseCalls, randomCalls, repeatCalls, originalThrew, sampleInputs,
        searchCalls, false, null);
  }
}
