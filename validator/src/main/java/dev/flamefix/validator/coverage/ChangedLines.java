package dev.flamefix.validator.coverage;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Chunk;
import com.github.javaparser.Range;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import dev.flamefix.validator.compile.ClassRenamer;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The lines a rewrite changed, on each side: 1-based line numbers of the original source and of
 * the candidate source, as javac records them (the candidate's renaming keeps its layout, so its
 * numbers hold for the compiled {@code X__candidate} too).
 *
 * <p>Lines are compared ignoring how much whitespace they have, so a re-indented line is not a
 * change. Only lines inside members (methods, constructors, initializers, fields, enum constants,
 * at any nesting) count: a changed import, class header or blank line between members executes
 * nothing. Whether a counted line holds code at all is left to the coverage data: comment and
 * blank lines inside a method have no bytecode and are not applicable there.
 *
 * <p>A pure insertion changes no original line and a pure deletion no candidate line; the side
 * with lines is then the one the gate checks.
 *
 * @param original changed lines of the original, ascending
 * @param candidate changed lines of the candidate, ascending
 */
public record ChangedLines(List<Integer> original, List<Integer> candidate) {

  /** Copies. */
  public ChangedLines {
    original = List.copyOf(original);
    candidate = List.copyOf(candidate);
  }

  /**
   * The changed lines of {@code candidate} against {@code original}; a source that does not parse
   * keeps all its changed lines (the compile stage reports it anyway).
   */
  public static ChangedLines of(String original, String candidate) {
    List<String> before = original.lines().toList();
    List<String> after = candidate.lines().toList();
    TreeSet<Integer> originalLines = new TreeSet<>();
    TreeSet<Integer> candidateLines = new TreeSet<>();
    for (AbstractDelta<String> delta : DiffUtils.diff(before, after,
        (a, b) -> normalize(a).equals(normalize(b))).getDeltas()) {
      addLines(delta.getSource(), originalLines);
      addLines(delta.getTarget(), candidateLines);
    }
    return new ChangedLines(insideMembers(original, originalLines),
        insideMembers(candidate, candidateLines));
  }

  /** Whether the rewrite changed no line inside a member. */
  public boolean isEmpty() {
    return original.isEmpty() && candidate.isEmpty();
  }

  private static void addLines(Chunk<String> chunk, TreeSet<Integer> into) {
    for (int i = 0; i < chunk.size(); i++) {
      into.add(chunk.getPosition() + i + 1);
    }
  }

  private static String normalize(String line) {
    return line.strip().replaceAll("\\s+", " ");
  }

  private static List<Integer> insideMembers(String source, TreeSet<Integer> lines) {
    CompilationUnit unit;
    try {
      unit = ClassRenamer.parse(source);
    } catch (IllegalArgumentException e) {
      return new ArrayList<>(lines);
    }
    List<Range> members = new ArrayList<>();
    for (BodyDeclaration<?> member : unit.findAll(BodyDeclaration.class)) {
      if (!(member instanceof TypeDeclaration<?>)) {
        member.getRange().ifPresent(members::add);
      }
    }
    return lines.stream()
        .filter(line -> members.stream().anyMatch(r -> r.begin.line <= line && line <= r.end.line))
        .toList();
  }
}
