package dev.flamefix.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.PatchFailedException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Applies a one-file unified diff the way {@code patch -p1} run in a directory does (the first
 * path component, {@code a/} or {@code b/}, stripped), with java-diff-utils: what a user who
 * follows the docs gets.
 */
final class PatchP1 {
  private PatchP1() {}

  /** The file the diff names, relative to the directory {@code patch -p1} runs in. */
  static String target(String diff) {
    List<String> lines = diff.lines().toList();
    assertThat(lines.get(0)).startsWith("--- a/");
    assertThat(lines.get(1)).startsWith("+++ b/");
    String path = lines.get(0).substring("--- a/".length());
    assertThat(lines.get(1).substring("+++ b/".length())).isEqualTo(path);
    return path;
  }

  /** Patches the file the diff names under {@code dir} in place and returns its new text. */
  static String apply(Path dir, String diff) throws IOException, PatchFailedException {
    Path file = dir.resolve(target(diff));
    assertThat(file).as("the file the diff names, under " + dir).isRegularFile();
    List<String> patched = DiffUtils.patch(Files.readAllLines(file), UnifiedDiffUtils.parseUnifiedDiff(diff.lines().toList()));
    String text = String.join("\n", patched) + "\n";
    Files.writeString(file, text);
    return text;
  }

  /** The diff that {@code flamefix optimize} printed after "-- patch (...):". */
  static String printed(String out) {
    int start = out.indexOf('\n', out.indexOf("-- patch (")) + 1;
    int end = out.indexOf("-- validation report:", start);
    assertThat(start).as(out).isPositive();
    assertThat(end).as(out).isGreaterThan(start);
    return out.substring(start, end).stripTrailing() + "\n";
  }
}
