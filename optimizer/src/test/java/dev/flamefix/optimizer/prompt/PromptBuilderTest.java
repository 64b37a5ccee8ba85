package dev.flamefix.optimizer.prompt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
}
