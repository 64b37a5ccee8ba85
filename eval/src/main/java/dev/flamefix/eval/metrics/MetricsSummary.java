package dev.flamefix.eval.metrics;

/**
 * The suite-level numbers of one evaluation run; see {@link EvalMetrics} for the definitions.
 * A ratio is {@code null} when its denominator is zero.
 *
 * @param programs N, programs evaluated
 * @param attempted programs for which at least one candidate was produced
 * @param firstCandidatePassed programs whose first candidate passed all tests
 * @param pass1 Pass@1 = firstCandidatePassed / attempted
 * @param optimized programs whose proposal is correct and more than 1.1x faster
 * @param percentOpt %OPT = optimized / programs
 * @param correct programs whose resulting code is correct (untouched or correct proposal)
 * @param runtimeMeanNs Runtime_Mean: mean resulting runtime over the correct programs
 * @param originalRuntimeMeanNs mean original runtime over the same correct programs
 * @param speedup @Speedup = originalRuntimeMeanNs / runtimeMeanNs
 * @param geoMeanSpeedup geometric mean of per-program original/resulting over the correct
 *     programs (not a FasterPy metric; robust to one slow program dominating the means)
 * @param wrongProposals proposals that fail the suite's tests (must be 0)
 * @param alreadyFast already-fast programs evaluated
 * @param alreadyFastUntouched already-fast programs with no proposal
 * @param correctFasterRejected correct, faster candidates the validator rejected
 */
public record MetricsSummary(
    int programs,
    int attempted,
    int firstCandidatePassed,
    Double pass1,
    int optimized,
    Double percentOpt,
    int correct,
    Double runtimeMeanNs,
    Double originalRuntimeMeanNs,
    Double speedup,
    Double geoMeanSpeedup,
    int wrongProposals,
    int alreadyFast,
    int alreadyFastUntouched,
    int correctFasterRejected) {}
