package dev.flamefix.optimizer.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AnswerParserTest {
  @Test
  void oneFencedBlock() {
    var e = AnswerParser.extract("```java\nclass A {}\n```");
    assertThat(e.blocks()).containsExactly("class A {}");
    assertThat(e.truncated()).isFalse();
  }

  @Test
  void severalBlocksInOrderSkippingOtherLanguages() {
    var e = AnswerParser.extract("First:\n```java\nint a() { return 1; }\n```\nshell:\n```bash\nls\n```\nthen\n```\nint b() { return 2; }\n```");
    assertThat(e.blocks()).containsExactly("int a() { return 1; }", "int b() { return 2; }");
  }

  @Test
  void proseAroundCode() {
    var e = AnswerParser.extract("Here is a faster version.\n\n```java\npublic int f() { return 1; }\n```\n\nIt avoids boxing.");
    assertThat(e.blocks()).containsExactly("public int f() { return 1; }");
  }

  @Test
  void noFenceTakesJavaLookingTextWhole() {
    var e = AnswerParser.extract("public class A { int f() { return 1; } }");
    assertThat(e.blocks()).containsExactly("public class A { int f() { return 1; } }");
    assertThat(AnswerParser.extract("I cannot help with that.").blocks()).isEmpty();
  }

  @Test
  void unclosedFenceIsTruncated() {
    var e = AnswerParser.extract("```java\nclass A {\n  void f() {");
    assertThat(e.truncated()).isTrue();
    assertThat(e.blocks()).containsExactly("class A {\n  void f() {");
  }
}
