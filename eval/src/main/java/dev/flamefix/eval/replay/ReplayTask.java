package dev.flamefix.eval.replay;

import dev.flamefix.eval.suite.EvalProgram;
import dev.flamefix.eval.suite.ProgramKind;
import java.util.List;

/**
 * One task of a replay set: a target method in a class that builds with the JDK alone, a driver
 * that decides ground truth, and the model answers recorded for it.
 *
 * @param id the task's directory name
 * @param target {@code pkg.Cls#method}
 * @param origin where the task comes from, for humans (may be empty)
 * @param originalSource the class before any answer
 * @param workloadSource the driver, {@code <Cls>Workload} in the class's package, with {@code
 *     public static String check()} and {@code public static Supplier<Object> workload()}
 * @param answers the recorded answers, by name
 * @param assume the target's precondition as the task states it (a boolean Java expression over
 *     its parameter names, passed to the pipeline as {@code flamefix optimize --assume} would), or
 *     {@code null}
 */
public record ReplayTask(String id, String target, String origin, String originalSource,
    String workloadSource, List<RecordedAnswer> answers, String assume) {

  /** Copies the answers. */
  public ReplayTask {
    answers = List.copyOf(answers);
  }

  /** The target's class, fully qualified. */
  public String className() {
    return target.substring(0, target.indexOf('#'));
  }

  /**
   * The task as an evaluation program without tests, so the suite's compiler and JMH workload
   * timer can run its versions with the driver as workload.
   */
  EvalProgram asProgram() {
    return new EvalProgram(id, origin, ProgramKind.ALGORITHMIC, List.of(), "", className(),
        List.of(target), originalSource, originalSource, workloadSource, List.of());
  }

  /**
   * One recorded answer.
   *
   * @param name file name without extension
   * @param text the raw answer as a model would send it (prose, markdown fences and all)
   * @param appliedSource the set author's own application of the answer to the class, used for
   *     ground truth independently of the product's splicer; {@code null} when not given
   */
  public record RecordedAnswer(String name, String text, String appliedSource) {}
}
