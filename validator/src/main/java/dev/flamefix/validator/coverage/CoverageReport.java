package dev.flamefix.validator.coverage;

import java.util.ArrayList;
import java.util.List;

/**
 * How far the differential inputs reached into what the rewrite changed, measured with JaCoCo in
 * the differential child, and whether that is enough to trust "no difference seen".
 *
 * <p>The gate is met when, on both sides, every changed line that has bytecode was executed and
 * every branch on such a line was taken both ways ({@link Side#unreached()} and {@link
 * Side#halfTaken()} empty). Branches the compiler invents (string and enum switch tables,
 * try-with-resources, assertions, ...) are filtered out by JaCoCo before they are counted, so the
 * branches left are decisions written in the source; one of them that no input took is reported,
 * because a source-level decision never taken both ways is exactly where a wrong rewrite hides.
 * The one exception: a compared method's changed line, or a missed branch of it, that provably no
 * input inside the method's precondition can run ({@link Side#exempted()}; the differential
 * inputs all lie inside it) is not required, and {@link #exemptions()} names it.
 *
 * @param measured whether coverage could be measured (false: no JaCoCo agent in the child, the
 *     gate then fails closed)
 * @param gateMet whether the gate is met
 * @param original the original class's changed lines
 * @param candidate the candidate class's changed lines
 * @param searchCalls calls made by the coverage-guided search after the plain budget (0 when the
 *     plain budget already met the gate)
 * @param note why coverage was not measured, or {@code null}
 */
public record CoverageReport(boolean measured, boolean gateMet, Side original, Side candidate,
    int searchCalls, String note) {

  /** A report for a run whose coverage could not be measured; the gate is then not met. */
  public static CoverageReport unmeasured(String note) {
    return new CoverageReport(false, false, null, null, 0, note);
  }

  /** The same report with the search's call count. */
  public CoverageReport withSearchCalls(int calls) {
    return new CoverageReport(measured, gateMet, original, candidate, calls, note);
  }

  /**
   * Why the gate is not met, for the verdict's reason: e.g. "inputs never reached lines 12-14 of
   * the original (Foo) and lines 12-15 of the candidate; line 20 of the candidate: a branch never
   * taken both ways (1 of 2)". Empty when the gate is met.
   */
  public String shortfall() {
    if (gateMet) {
      return "";
    }
    if (!measured) {
      return "coverage not measured: " + note;
    }
    List<String> unreached = new ArrayList<>();
    List<String> halves = new ArrayList<>();
    for (Side side : new Side[] {original, candidate}) {
      if (!side.unreached().isEmpty()) {
        unreached.add(ranges(side.unreached()) + " of the " + side.label());
      }
      if (!side.halfTaken().isEmpty()) {
        halves.add(ranges(side.halfTaken()) + " of the " + side.label());
      }
    }
    List<String> parts = new ArrayList<>();
    if (!unreached.isEmpty()) {
      parts.add("inputs never reached " + String.join(" and ", unreached));
    }
    if (!halves.isEmpty()) {
      parts.add("branches never taken both ways on " + String.join(" and ", halves));
    }
    return String.join("; ", parts);
  }

  /**
   * The changed lines the gate exempted, so a reviewer can check the claim: e.g. "lines 14, 17 of
   * the candidate (Foo__candidate) unreachable under pos >= 0 && count >= 0"; empty when none.
   */
  public String exemptions() {
    if (!measured) {
      return "";
    }
    List<String> parts = new ArrayList<>();
    for (Side side : new Side[] {original, candidate}) {
      if (!side.exempted().isEmpty()) {
        parts.add(ranges(side.exempted()) + " of the " + side.label() + " unreachable under "
            + side.assumed());
      }
    }
    return String.join("; ", parts);
  }

  /**
   * Lines as ranges: {@code [12, 13, 14, 20]} becomes "lines 12-14, 20"; consecutive means
   * consecutive numbers, so a gap of a comment line splits a range.
   */
  static String ranges(List<Integer> lines) {
    StringBuilder out = new StringBuilder(lines.size() == 1 ? "line " : "lines ");
    for (int i = 0; i < lines.size(); i++) {
      int first = lines.get(i);
      int last = first;
      while (i + 1 < lines.size() && lines.get(i + 1) == last + 1) {
        last = lines.get(++i);
      }
      out.append(out.charAt(out.length() - 1) == ' ' ? "" : ", ").append(first);
      if (last != first) {
        out.append('-').append(last);
      }
    }
    return out.toString();
  }

  /**
   * One class's changed lines and what the inputs did there.
   *
   * @param role "original" or "candidate"
   * @param className the binary name of the class (nested classes counted with it)
   * @param changedLines the changed lines the gate looked at
   * @param codeLines those of them that have bytecode (the rest are not applicable)
   * @param unreached code lines no input executed
   * @param halfTaken executed lines with a branch no input took (each listed once)
   * @param branchesCovered branches taken on the code lines
   * @param branchesTotal branches on the code lines
   * @param classLinesCovered lines with code executed in the whole class (context)
   * @param classLinesTotal lines with code in the whole class
   * @param exempted code lines the gate did not require because no input satisfying {@code
   *     assumed} can run them (never reached) or take their missed branches (see {@code
   *     coverage.reach.DeadCode})
   * @param assumed the precondition those lines were proven unreachable under, or {@code null}
   */
  public record Side(String role, String className, List<Integer> changedLines,
      List<Integer> codeLines, List<Integer> unreached, List<Integer> halfTaken,
      int branchesCovered, int branchesTotal, int classLinesCovered, int classLinesTotal,
      List<Integer> exempted, String assumed) {

    /** Copies. */
    public Side {
      exempted = exempted == null ? List.of() : List.copyOf(exempted);
    }

    /** A side with nothing exempted. */
    public Side(String role, String className, List<Integer> changedLines,
        List<Integer> codeLines, List<Integer> unreached, List<Integer> halfTaken,
        int branchesCovered, int branchesTotal, int classLinesCovered, int classLinesTotal) {
      this(role, className, changedLines, codeLines, unreached, halfTaken, branchesCovered,
          branchesTotal, classLinesCovered, classLinesTotal, List.of(), null);
    }

    /** Whether this side meets the gate. */
    public boolean met() {
      return unreached.isEmpty() && halfTaken.isEmpty();
    }

    String label() {
      return role + " (" + className + ")";
    }
  }
}
