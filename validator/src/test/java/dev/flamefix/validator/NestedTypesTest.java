package dev.flamefix.validator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flamefix.validator.benchmark.BenchmarkSettings;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Target methods whose parameters are records, enums and classes nested in the target class. The
 * candidate is compiled as a renamed copy with its own twins of those types, so each side must get
 * inputs in its own types: a correct rewrite used to be rejected with a ClassCastException thrown
 * inside the candidate.
 */
class NestedTypesTest {

  private static final String ORIGINAL = """
      package acme.ship;

      import java.util.List;

      public class Manifest {
        public enum Priority { LOW, HIGH }

        public record Parcel(String id, int grams, Priority priority) {}

        public static final class Stamp {
          final int code;

          public Stamp(int code) {
            this.code = code;
          }
        }

        private final String carrier;

        public Manifest(String carrier) {
          this.carrier = carrier;
        }

        public String render(List<Parcel> parcels, Priority only, Stamp[] stamps) {
          String out = carrier + "\\n";
          for (Parcel p : parcels) {
            if (p.priority() == only) {
              out += p.id() + ";" + p.grams() + "\\n";
            }
          }
          for (Stamp s : stamps) {
            out += s == null ? "-" : Integer.toString(s.code);
          }
          return out;
        }

        public Parcel heaviest(List<Parcel> parcels) {
          Parcel best = null;
          for (Parcel p : parcels) {
            if (best == null || p.grams() > best.grams()) {
              best = p;
            }
          }
          return best;
        }
      }
      """;

  private static final String FAST_RENDER = """
        public String render(List<Parcel> parcels, Priority only, Stamp[] stamps) {
          StringBuilder out = new StringBuilder(carrier).append('\\n');
          for (Parcel p : parcels) {
            if (p.priority() == only) {
              out.append(p.id()).append(';').append(p.grams()).append('\\n');
            }
          }
          for (Stamp s : stamps) {
            out.append(s == null ? "-" : Integer.toString(s.code));
          }
          return out.toString();
        }
      """;

  private static ValidationOptions quick() {
    return ValidationOptions.builder().benchmark(BenchmarkSettings.quick()).build();
  }

  private static String replaceMethod(String source, String startMarker, String method) {
    int start = source.indexOf(startMarker);
    int end = source.indexOf("\n  }\n", start) + "\n  }\n".length();
    return source.substring(0, start) + method.stripTrailing() + "\n" + source.substring(end);
  }

  @Test
  void acceptsACorrectRewriteOfAMethodTakingNestedTypes() {
    String candidate = replaceMethod(ORIGINAL, "  public String render(", FAST_RENDER);
    assertThat(candidate).contains("StringBuilder").contains("public Parcel heaviest(");

    Verdict v = new Validator(quick()).validate(ValidationRequest.of("nested-ok",
        "acme.ship.Manifest", ORIGINAL, candidate, List.of("render"), List.of()));

    assertThat(v.differential().counterexample()).as(v.reason()).isNull();
    assertThat(v.reason()).doesNotContain("ClassCastException").doesNotContain("cannot generate");
    assertThat(v.stageReached()).as(v.reason()).isEqualTo(Stage.DECIDED);
    assertThat(v.differential().methods().get(0).calls()).isGreaterThanOrEqualTo(500);
    // The JMH stage ran both sides on their own inputs; the speed-up itself is not asserted
    // (a quick run on a shared machine decides it), only that both sides were measured.
    assertThat(v.benchmark().methods()).hasSize(1);
    assertThat(v.benchmark().methods().get(0).candidate().score()).isPositive();
  }

  @Test
  void stillRejectsAWrongRewriteThatReturnsANestedRecord() {
    String candidate = replaceMethod(ORIGINAL, "  public Parcel heaviest(", """
          public Parcel heaviest(List<Parcel> parcels) {
            Parcel best = null;
            for (Parcel p : parcels) {
              if (best == null || p.grams() >= best.grams()) {
                best = p;
              }
            }
            return best;
          }
        """);

    Verdict v = new Validator(quick()).validate(ValidationRequest.of("nested-wrong",
        "acme.ship.Manifest", ORIGINAL, candidate, List.of("heaviest"), List.of()));

    assertThat(v.accepted()).isFalse();
    assertThat(v.stageReached()).isEqualTo(Stage.DIFFERENTIAL);
    // Ties on weight expose the change: the counterexample names the records, not a cast error.
    assertThat(v.differential().counterexample().difference()).startsWith("returned")
        .doesNotContain("ClassCastException");
    assertThat(v.differential().counterexample().arguments()).contains("Parcel{");
  }

  @Test
  void rejectsACandidateThatDropsANestedTypeTheMethodNeedsWithAClearReason() {
    String candidate = ORIGINAL.replace("public enum Priority { LOW, HIGH }",
        "public enum Priority { LOW }");

    Verdict v = new Validator(quick()).validate(ValidationRequest.of("nested-changed",
        "acme.ship.Manifest", ORIGINAL, candidate, List.of("render"), List.of()));

    assertThat(v.accepted()).isFalse();
    assertThat(v.reason()).contains("Priority").contains("HIGH");
  }
}
