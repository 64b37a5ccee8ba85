package dev.flamefix.validator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A rewrite of Kafka's {@code ByteUtils#sizeOfVarlong} that a real model wrote (EvalLLMforJava,
 * kafka c05403f, openai run 3 prompt 4): unrolled masks, two of them too wide, so values of 43 to
 * 46 bits after zigzag encoding get size 6 instead of 7 and of 50 to 53 bits 7 instead of 8. Uniform random longs almost never have that
 * width and the coverage gate is met by values of 36 to 42 bits, so the rewrite passed
 * differential testing until powers of two and their neighbours of every width were generated.
 */
class BitWidthInputsTest {
  private static final String ORIGINAL = """
      package acme.varint;

      public class Sizes {
        public static int sizeOfVarlong(long value) {
          long v = (value << 1) ^ (value >> 63);
          int bytes = 1;
          while ((v & 0xffffffffffffff80L) != 0L) {
            bytes += 1;
            v >>>= 7;
          }
          return bytes;
        }
      }
      """;
  private static final String WRONG = ORIGINAL.replace("""
          int bytes = 1;
          while ((v & 0xffffffffffffff80L) != 0L) {
            bytes += 1;
            v >>>= 7;
          }
          return bytes;
      """, """
          if ((v & ~0x7FL) == 0) {
            return 1;
          } else if ((v & ~0x3FFFL) == 0) {
            return 2;
          } else if ((v & ~0x1FFFFFL) == 0) {
            return 3;
          } else if ((v & ~0xFFFFFFFL) == 0) {
            return 4;
          } else if ((v & ~0x7FFFFFFFFL) == 0) {
            return 5;
          } else if ((v & ~0x3FFFFFFFFFFFL) == 0) {
            return 6;
          } else if ((v & ~0x1FFFFFFFFFFFFFL) == 0) {
            return 7;
          } else if ((v & ~0xFFFFFFFFFFFFFFL) == 0) {
            return 8;
          } else if ((v & ~0x7FFFFFFFFFFFFFFFL) == 0) {
            return 9;
          } else {
            return 10;
          }
      """);

  @Test
  void maskWrongForOneBitWidthIsRejected() {
    assertThat(WRONG).contains("0x3FFFFFFFFFFFL").doesNotContain("bytes += 1");
    Verdict v = new Validator().validate(ValidationRequest.of("varlong", "acme.varint.Sizes", ORIGINAL, WRONG,
        List.of("sizeOfVarlong"), List.of()));
    assertThat(v.outcome()).as(v.reason()).isEqualTo(Verdict.Outcome.REJECTED);
    assertThat(v.stageReached()).isEqualTo(Stage.DIFFERENTIAL);
    // Masks for 6 and 7 bytes are each a few bits too wide: the candidate answers one byte short.
    var example = v.differential().counterexample();
    int original = Integer.parseInt(example.originalOutcome().replace("returned ", ""));
    assertThat(example.candidateOutcome()).isEqualTo("returned " + (original - 1));
    assertThat(original).isIn(7, 8);
  }
}
