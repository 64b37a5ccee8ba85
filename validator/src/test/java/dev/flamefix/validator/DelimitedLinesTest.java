package dev.flamefix.validator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flamefix.validator.benchmark.BenchmarkSettings;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Lines of delimited fields reach a field check both ways: a seed bank's accession log {@code
 * "drawer | tray | code"} split on {@code \s*\|\s*}, whose code must match {@code
 * [A-Z]{3}-[0-9]{4}} after upper-casing. Whole-string matches of either regex never made that
 * check go both ways, so a correct precompiled-pattern rewrite was left unproven by the coverage
 * gate (held-out {@code hv10}); the gate itself is unchanged, and a wrong rewrite of the check is
 * rejected.
 */
class DelimitedLinesTest {

  private static final String ORIGINAL = """
      package acme.seedbank;

      import java.util.ArrayList;
      import java.util.List;
      import java.util.Locale;

      public class AccessionLog {
        public List<String> accessions(List<String> lines) {
          List<String> out = new ArrayList<>();
          for (String line : lines) {
            String[] fields = line.split("\\\\s*\\\\|\\\\s*");
            if (fields.length < 3) {
              continue;
            }
            String code = fields[2].toUpperCase(Locale.ROOT);
            if (!code.matches("[A-Z]{3}-[0-9]{4}")) {
              continue;
            }
            out.add(fields[0] + "/" + code);
          }
          return out;
        }
      }
      """;

  private static final String PRECOMPILED = ORIGINAL
      .replace("public class AccessionLog {", "public class AccessionLog {\n"
          + "  private static final java.util.regex.Pattern CODE =\n"
          + "      java.util.regex.Pattern.compile(\"[A-Z]{3}-[0-9]{4}\");")
      .replace("if (!code.matches(\"[A-Z]{3}-[0-9]{4}\")) {",
          "if (!CODE.matcher(code).matches()) {");

  /** Wrong: {@code find()} accepts a code with anything around it. */
  private static final String UNANCHORED = PRECOMPILED.replace("CODE.matcher(code).matches()",
      "CODE.matcher(code).find()");

  @Test
  void aFieldCheckIsTakenBothWaysAndAWrongRewriteOfItIsRejected() {
    assertThat(PRECOMPILED).isNotEqualTo(ORIGINAL).contains("CODE.matcher(code).matches()");
    assertThat(UNANCHORED).contains(".find()");
    Validator validator = new Validator(ValidationOptions.builder()
        .benchmark(BenchmarkSettings.quick()).build());
    List<Verdict> verdicts = validator.validateAll(List.of(
        ValidationRequest.of("precompiled", "acme.seedbank.AccessionLog", ORIGINAL, PRECOMPILED,
            List.of("accessions"), List.of()),
        ValidationRequest.of("unanchored", "acme.seedbank.AccessionLog", ORIGINAL, UNANCHORED,
            List.of("accessions"), List.of())), ProgressListener.NONE);
    verdicts.forEach(v -> System.out.println(v.id() + ": " + v.outcome() + ": " + v.reason()));

    Verdict correct = verdicts.get(0);
    assertThat(correct.differential().equivalent()).as(correct.reason()).isTrue();
    assertThat(correct.differential().coverage().gateMet()).as(correct.reason()).isTrue();
    assertThat(correct.outcome()).as(correct.reason()).isNotEqualTo(Verdict.Outcome.UNPROVEN);

    Verdict wrong = verdicts.get(1);
    assertThat(wrong.outcome()).as(wrong.reason()).isEqualTo(Verdict.Outcome.REJECTED);
    assertThat(wrong.differential().counterexample()).as(wrong.reason()).isNotNull();
  }
}
