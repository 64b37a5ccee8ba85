package dev.flamefix.validator.patch;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;
import java.util.List;

/** A unified diff of the candidate against the original file, made with java-diff-utils. */
public final class UnifiedDiff {

  private UnifiedDiff() {}

  /**
   * The diff in {@code git apply}-compatible unified format.
   *
   * @param path the file's path relative to the project root, used in the {@code ---/+++} lines
   */
  public static String of(String path, String original, String candidate) {
    List<String> before = original.lines().toList();
    List<String> after = candidate.lines().toList();
    Patch<String> patch = DiffUtils.diff(before, after);
    List<String> lines =
        UnifiedDiffUtils.generateUnifiedDiff("a/" + path, "b/" + path, before, patch, 3);
    return lines.isEmpty() ? "" : String.join("\n", lines) + "\n";
  }
}
