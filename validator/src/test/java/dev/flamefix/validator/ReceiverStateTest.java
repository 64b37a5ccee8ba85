package dev.flamefix.validator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flamefix.validator.benchmark.BenchmarkSettings;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The receiver's own fields after each call are part of the behaviour: a rewrite that returns the
 * same value but skips a side effect on the object is wrong, while a cache the candidate adds in a
 * field of its own is fine.
 */
class ReceiverStateTest {

  private static final String ORIGINAL = """
      package acme.stats;

      import java.util.List;

      public class Tally {
        private long seen;
        private String last = "";

        public int countLong(List<String> words, int min) {
          int n = 0;
          for (String w : words) {
            seen++;
            if (w.length() >= min) {
              n++;
              last = w;
            }
          }
          return n;
        }

        public long seen() {
          return seen;
        }
      }
      """;

  private static Verdict validate(String id, String candidate) {
    ValidationOptions options = ValidationOptions.builder()
        .benchmark(BenchmarkSettings.quick()).build();
    return new Validator(options).validate(ValidationRequest.of(id, "acme.stats.Tally", ORIGINAL,
        candidate, List.of("countLong"), List.of()));
  }

  @Test
  void rejectsARewriteThatReturnsTheSameButSkipsAFieldUpdate() {
    String candidate = ORIGINAL.replace("        last = w;\n", "");
    assertThat(candidate).isNotEqualTo(ORIGINAL);

    Verdict v = validate("drops-last", candidate);

    assertThat(v.accepted()).isFalse();
    assertThat(v.stageReached()).isEqualTo(Stage.DIFFERENTIAL);
    assertThat(v.differential().counterexample().difference())
        .startsWith("receiver after the call").contains("last");
  }

  @Test
  void acceptsARewriteThatKeepsTheFieldsAndAddsItsOwnState() {
    int start = ORIGINAL.indexOf("  public int countLong(");
    int end = ORIGINAL.indexOf("\n  }\n", start) + "\n  }\n".length();
    String candidate = ORIGINAL.substring(0, start) + """
          private int calls;

          public int countLong(List<String> words, int min) {
            calls++;
            int n = 0;
            for (int i = 0, size = words.size(); i < size; i++) {
              String w = words.get(i);
              seen++;
              if (w.length() >= min) {
                n++;
                last = w;
              }
            }
            return n;
          }
        """ + ORIGINAL.substring(end);
    assertThat(candidate).contains("private int calls;");

    Verdict v = validate("batched-fields", candidate);

    assertThat(v.differential().counterexample()).as(v.reason()).isNull();
    assertThat(v.differential().equivalent()).isTrue();
    assertThat(v.stageReached()).as(v.reason()).isEqualTo(Stage.DECIDED);
  }
}
