package dev.flamefix.optimizer.prompt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flamefix.optimizer.feedback.Feedback;
import dev.flamefix.optimizer.feedback.ProfileEvidence;
import dev.flamefix.optimizer.retrieval.Suggestion;
import java.util.List;
import org.junit.jupiter.api.Test;

class PromptBuilderTest {
  @Test
  void userMessageHasTheCodeAndOneLinePerSuggestion() {
    Prompt p = new PromptBuilder().build("class A { int f() { return 1; } }\n", List.of(
        new Suggestion("c1", "string-concat-in-loop", "Use a StringBuilder\n instead of += in loops.", 0.9312, 12.5),
        new Suggestion("c2", "boxed-accumulation", "Accumulate in a primitive long.", 0.8, 3)));
    assertThat(p.system()).contains("faster", "behaviour identical", "exactly one fenced ```java block", "Applicability", "Rate");
    assertThat(p.user()).isEqualTo("""
        Input code:
        ```java
        class A { int f() { return 1; } }
        ```
        Suggestions:
        Applicability: 0.93; Rate: 12.50; Use a StringBuilder instead of += in loops.
        Applicability: 0.80; Rate: 3.00; Accumulate in a primitive long.
        Output:""");
  }

  @Test
  void noSuggestionsSaysSo() {
    assertThat(new PromptBuilder().build("class A {}", List.of()).user()).contains("Suggestions:\n(none)\nOutput:");
  }

  @Test
  void aTemplateMissingASectionIsRefused() {
    assertThatThrownBy(() -> new PromptBuilder("[system]\nx\n[user]\ny\n")).hasMessageContaining("[suggestion]");
  }

  @Test
  void feedbackSaysWhyWithTheDetailsAndQuotesHotLinesFromTheOriginal() {
    String original = "class A {\n  int f(int x) {\n    return x * 31;\n  }\n}\n";
    String message = new PromptBuilder().feedback(new Feedback("rejected", "not faster: 1.02x",
        List.of("f(int): original 0.0100 us/op, your version 0.0098 us/op"),
        new ProfileEvidence(0.125, List.of(new ProfileEvidence.HotLine(3, 0.9)))), original);
    assertThat(message).startsWith("Your answer was rejected: not faster: 1.02x\n- f(int): original 0.0100 us/op")
        .contains("12.5% of the application's CPU samples", "90% of its samples on `return x * 31;`",
            "exactly one fenced ```java block");
  }

  @Test
  void feedbackWithoutDetailsOrEvidenceHasNoEmptyLines() {
    String message = new PromptBuilder().feedback(Feedback.notUsable("answer has no Java code", null), "class A {}");
    assertThat(message).startsWith("Your answer was not usable: answer has no Java code\nWrite a corrected version")
        .doesNotContain("\n\n", "Profile evidence");
  }

  @Test
  void aTemplateWithoutAFeedbackSectionGetsTheDefaultOne() {
    PromptBuilder b = new PromptBuilder("[system]\nx\n[user]\n{{code}}\n[suggestion]\ns\n[no-suggestions]\nnone\n");
    assertThat(b.feedback(Feedback.notUsable("why", ProfileEvidence.NONE), "")).startsWith("Your answer was not usable: why");
  }
}
