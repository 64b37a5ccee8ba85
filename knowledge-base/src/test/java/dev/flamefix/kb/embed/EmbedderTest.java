package dev.flamefix.kb.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class EmbedderTest {

  static final CombinedEmbedder COMBINED = CombinedEmbedder.createDefault();
  static final TextEmbedder TEXT = TextEmbedder.create();

  static double norm(float[] v) {
    return Math.sqrt(Vectors.dot(v, v));
  }

  @Test
  void combinedVectorsAreUnitLengthAndDeterministic() {
    String code = "String join(List<String> xs) { String s = \"\"; for (String x : xs) s += x; return s; }";
    float[] a = COMBINED.embed(code);
    assertThat(a).hasSize(TextEmbedder.DIMENSION + StructuralFeatures.DIMENSION).hasSize(COMBINED.dimension());
    assertThat(norm(a)).isCloseTo(1.0, within(1e-5));
    assertThat(COMBINED.embed(code)).containsExactly(a);
    assertThat(norm(TEXT.embed(code))).isCloseTo(1.0, within(1e-5));
  }

  @Test
  void oddInputStillEmbeds() {
    for (String s : new String[] {"", "   ", "}}}{{{ not java at all", "\u00e9\u4e2d\u6587 // only a comment", "x".repeat(20_000)}) {
      float[] v = COMBINED.embed(s);
      assertThat(v).hasSize(COMBINED.dimension());
      assertThat(norm(v)).isCloseTo(1.0, within(1e-4));
    }
  }

  @Test
  void commentsAndLayoutDoNotChangeTheEmbedding() {
    String plain = "int sum(int[] xs) { int s = 0; for (int x : xs) s += x; return s; }";
    String noisy = "/** Sums. */\nint sum(int[] xs) {\n  // running total\n  int s = 0;\n\n  for (int x : xs)   s += x; /* add */\n  return s;\n}";
    assertThat(Vectors.dot(COMBINED.embed(plain), COMBINED.embed(noisy))).isCloseTo(1.0, within(1e-5));
    assertThat(CodeCleaner.clean(noisy)).doesNotContain("running total").doesNotContain("Sums");
  }

  @Test
  void sameAntiPatternWithDifferentPurposeMovesCloserThanWithTextAlone() {
    // A and B share the anti-pattern (String += in a loop) but not the purpose; C shares A's purpose
    // (rendering customer names) with a different one (a regex per element).
    String a = "String renderCustomers(List<Customer> customers) { String out = \"\"; for (Customer c : customers) { out += c.name() + \"\\n\"; } return out; }";
    String b = "String digits(int[] values) { String line = \"\"; for (int v : values) { line += v; } return line; }";
    String c = "List<Customer> validCustomers(List<Customer> customers) { List<Customer> out = new ArrayList<>(); for (Customer c : customers) { if (c.name().matches(\"[A-Z][a-z]+\")) out.add(c); } return out; }";
    double textMargin = Vectors.dot(TEXT.embed(a), TEXT.embed(b)) - Vectors.dot(TEXT.embed(a), TEXT.embed(c));
    double combinedMargin = Vectors.dot(COMBINED.embed(a), COMBINED.embed(b)) - Vectors.dot(COMBINED.embed(a), COMBINED.embed(c));
    assertThat(combinedMargin).isGreaterThan(textMargin);
    assertThat(combinedMargin).isGreaterThan(0);
  }
}
