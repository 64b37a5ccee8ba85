package dev.flamefix.validator.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flamefix.validator.compile.ClassRenamer;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChangedLinesTest {

  private static final String ORIGINAL = """
      package acme;

      import java.util.List;

      public class Totals {
        private static final int LIMIT = 10;

        /** Sums the first values. */
        public static int sum(List<Integer> values) {
          int total = 0;
          for (int i = 0; i < values.size(); i++) {
            total += values.get(i);
          }
          return total;
        }

        public static int twice(int x) {
          return x * 2;
        }
      }
      """;

  @Test
  void aChangedBodyLineIsChangedOnBothSidesAtItsOwnNumbers() {
    String candidate = ORIGINAL.replace("total += values.get(i);", "total = total + values.get(i);");

    ChangedLines lines = ChangedLines.of(ORIGINAL, candidate);

    assertThat(lines.original()).containsExactly(12);
    assertThat(lines.candidate()).containsExactly(12);
  }

  @Test
  void insertedLinesShiftTheCandidateNumbersOnly() {
    String candidate = ORIGINAL.replace("    return total;\n",
        "    if (total < 0) {\n      total = 0;\n    }\n    return total;\n");

    ChangedLines lines = ChangedLines.of(ORIGINAL, candidate);

    assertThat(lines.original()).isEmpty();
    assertThat(lines.candidate()).containsExactly(14, 15, 16);
  }

  @Test
  void aDeletedLineIsChangedOnTheOriginalSideOnly() {
    String candidate = ORIGINAL.replace("    int total = 0;\n    for", "    int total = 0; for")
        .replace("    return x * 2;\n", "    return x + x;\n");

    ChangedLines lines = ChangedLines.of(ORIGINAL, candidate);

    assertThat(lines.original()).containsExactly(10, 11, 18);
    assertThat(lines.candidate()).containsExactly(10, 17);
  }

  @Test
  void reindentingImportsAndCommentsBetweenMembersAreNotChanges() {
    String candidate = ORIGINAL
        .replace("import java.util.List;", "import java.util.List;\nimport java.util.Map;")
        .replace("  /** Sums the first values. */", "  /** Sums all the values. */")
        .replace("    int total = 0;", "      int total   =   0;");

    ChangedLines lines = ChangedLines.of(ORIGINAL, candidate);

    assertThat(lines.isEmpty()).as(lines.toString()).isTrue();
  }

  @Test
  void fieldAndNestedMemberLinesCount() {
    String original = ORIGINAL.replace("    return x * 2;\n", "    return new Helper().apply(x);\n"
        + "  }\n\n  private static final class Helper {\n    int apply(int x) {\n"
        + "      return x * 2;\n    }\n");
    String candidate = original.replace("LIMIT = 10", "LIMIT = 11")
        .replace("      return x * 2;", "      return x << 1;");

    ChangedLines lines = ChangedLines.of(original, candidate);

    assertThat(lines.original()).containsExactly(6, 23);
    assertThat(lines.candidate()).containsExactly(6, 23);
  }

  @Test
  void renamingTheCandidateKeepsItsLineNumbers() {
    String candidate = ORIGINAL.replace("public static int twice(int x) {", """
        public static Totals make() {
            return new Totals();
          }

          public static int twice(int x) {""");
    String renamed = ClassRenamer.rename(candidate, "Totals", "Totals__candidate");

    List<String> before = candidate.lines().toList();
    List<String> after = renamed.lines().toList();

    assertThat(after).hasSameSizeAs(before);
    for (int i = 0; i < before.size(); i++) {
      assertThat(after.get(i).replace("Totals__candidate", "Totals")).isEqualTo(before.get(i));
    }
  }

  @Test
  void reportsLinesAsRanges() {
    assertThat(CoverageReport.ranges(List.of(12, 13, 14, 20))).isEqualTo("lines 12-14, 20");
    assertThat(CoverageReport.ranges(List.of(7))).isEqualTo("line 7");
  }
}
