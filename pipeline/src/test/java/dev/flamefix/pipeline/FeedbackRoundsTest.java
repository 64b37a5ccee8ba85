package dev.flamefix.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flamefix.optimizer.Candidate;
import dev.flamefix.optimizer.Optimizer;
import dev.flamefix.optimizer.feedback.ProfileEvidence;
import dev.flamefix.optimizer.model.ExchangeLog;
import dev.flamefix.optimizer.model.ModelClient;
import dev.flamefix.optimizer.model.ModelOptions;
import dev.flamefix.optimizer.retrieval.SuggestionSource;
import dev.flamefix.optimizer.model.ScriptedChatServer;
import dev.flamefix.optimizer.model.ScriptedChatServer.Reply;
import dev.flamefix.validator.Stage;
import dev.flamefix.validator.ValidationRequest;
import dev.flamefix.validator.Verdict;
import dev.flamefix.validator.differential.Counterexample;
import dev.flamefix.validator.differential.DifferentialResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Feedback rounds through the real optimizer and a scripted OpenAI-protocol model on loopback,
 * with a scripted validation step: a candidate that compares characters with {@code '0'} is
 * "rejected with a counterexample" (an Arabic-Indic digit), any other is accepted. The answers
 * are written by this test, not by any model.
 */
class FeedbackRoundsTest {
  private static final String SOURCE = """
      package demo;

      public class Digits {
        public static int count(String s) {
          int n = 0;
          for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) n++;
          }
          return n;
        }

        public static String join(java.util.List<String> items) {
          String s = "";
          for (String it : items) {
            s += it;
          }
          return s;
        }
      }
      """;
  private static final String COUNT = "demo.Digits#count";
  private static final String JOIN = "demo.Digits#join";
  private static final String COUNTEREXAMPLE_INPUT = "[\"\u0663\"]";

  /** Wrong for non-ASCII digits; {@code variant} makes answers differ in text. */
  private static String wrong(int variant) {
    return "```java\npublic static int count(String s) {\n  int n = " + variant + " - " + variant + ";\n"
        + "  for (int i = 0; i < s.length(); i++) {\n    char c = s.charAt(i);\n"
        + "    if (c >= '0' && c <= '9') n++;\n  }\n  return n;\n}\n```";
  }

  private static final String RIGHT = """
      ```java
      public static int count(String s) {
        int n = 0;
        for (int i = 0, len = s.length(); i < len; i++) {
          if (Character.isDigit(s.charAt(i))) n++;
        }
        return n;
      }
      ```""";

  @TempDir Path root;
  private ScriptedChatServer model;
  private ModelClient client;
  private final List<ValidationRequest> validated = new ArrayList<>();

  @BeforeEach
  void setUp() throws IOException {
    Files.createDirectories(root.resolve("demo"));
    Files.writeString(root.resolve("demo/Digits.java"), SOURCE);
    model = new ScriptedChatServer();
    client = new ModelClient(ModelOptions.builder().baseUrl(model.baseUrl()).modelName("scripted").candidates(1)
        .maxConcurrency(1).maxRetries(0).timeout(Duration.ofSeconds(10)).build(), new ExchangeLog());
  }

  @AfterEach
  void tearDown() {
    client.close();
    model.close();
  }

  private CandidatePipeline pipeline() {
    return new CandidatePipeline(new Optimizer(SuggestionSource.none(), List.of(client)), (request, listener) -> {
      validated.add(request);
      if (request.candidateSource().contains("'0'")) {
        Counterexample c = new Counterexample("difference", "count(String)", COUNTEREXAMPLE_INPUT,
            "returned 1", "returned 0", "return value: 1 != 0", 3);
        DifferentialResult d = new DifferentialResult(request.id(), "COMPLETED", false, 42, List.of(), c, null);
        return new Verdict(request.id(), false, "behaviour differs: count(String) on " + COUNTEREXAMPLE_INPUT,
            Stage.DIFFERENTIAL, request.className(), request.targetMethods(), null, null, d, null, null, "", 1);
      }
      return new Verdict(request.id(), true, "accepted", Stage.DECIDED, request.className(), request.targetMethods(),
          null, null, null, null, null, "", 1);
    }, list -> list);
  }

  private final RecordingListener listener = new RecordingListener();

  private static JsonNode messages(ScriptedChatServer.Received r) {
    return r.body().get("messages");
  }

  @Test
  void theCounterexampleGoesBackToTheModelAndItsCorrectedAnswerIsAccepted() {
    model.then(Reply.ok(wrong(0))).then(Reply.ok(RIGHT));
    CandidatePipeline.TargetResult r = pipeline().run(CandidatePipeline.Input.builder(root, List.of(COUNT))
        .useRecipes(false).useModels(true)
        .evidence(Map.of(COUNT, new ProfileEvidence(0.234, List.of(new ProfileEvidence.HotLine(7, 0.8)))))
        .build(), listener).get(0);

    assertThat(model.received()).hasSize(2);
    JsonNode second = messages(model.received().get(1));
    JsonNode first = messages(model.received().get(0));
    assertThat(second).hasSize(4);
    assertThat(second.get(0).get("role").asText()).isEqualTo("system");
    assertThat(second.get(1)).isEqualTo(first.get(1));
    assertThat(second.get(2).get("role").asText()).isEqualTo("assistant");
    assertThat(second.get(2).get("content").asText()).isEqualTo(wrong(0));
    String feedback = second.get(3).get("content").asText();
    assertThat(second.get(3).get("role").asText()).isEqualTo("user");
    assertThat(feedback).contains("rejected", COUNTEREXAMPLE_INPUT, "the original: returned 1",
        "your version: returned 0", "23.4%", "`if (Character.isDigit(s.charAt(i))) n++;`");

    assertThat(r.candidates()).hasSize(2);
    assertThat(r.verdicts()).containsOnlyKeys(0, 1);
    assertThat(r.verdicts().get(0).accepted()).isFalse();
    assertThat(r.accepted()).isEqualTo(1);
    assertThat(r.acceptedCandidate().round()).isEqualTo(1);
    assertThat(r.acceptedCandidate().patchedSource()).contains("len = s.length()");
    assertThat(r.acceptedCandidate().explanation()).startsWith("model:scripted round 1 answer");
    assertThat(listener.events).contains("round " + COUNT + " 1 1");
    assertThat(listener.events).anyMatch(e -> e.startsWith("feedback: round 1/2 for " + COUNT));
    assertThat(listener.events.get(listener.events.size() - 1)).isEqualTo("done: 1 of 1 target(s) got an accepted candidate");
  }

  @Test
  void roundsStopAtTheConfiguredLimit() {
    for (int i = 0; i < 6; i++) {
      model.then(Reply.ok(wrong(i)));
    }
    CandidatePipeline.TargetResult r = pipeline().run(CandidatePipeline.Input.builder(root, List.of(COUNT))
        .useRecipes(false).useModels(true).feedbackRounds(2).build(), listener).get(0);

    assertThat(model.received()).hasSize(3);
    assertThat(messages(model.received().get(2))).hasSize(6);
    assertThat(validated).hasSize(3);
    assertThat(r.accepted()).isEqualTo(-1);
    assertThat(r.candidates()).extracting(Candidate::round).containsExactly(0, 1, 2);
    assertThat(listener.events).filteredOn(e -> e.startsWith("round ")).containsExactly("round " + COUNT + " 1 1", "round " + COUNT + " 2 1");
    assertThat(listener.events).noneMatch(e -> e.contains("round 3"));
  }

  @Test
  void noRoundsWhenConfiguredOff() {
    model.then(Reply.ok(wrong(0))).then(Reply.ok(RIGHT));
    CandidatePipeline.TargetResult r = pipeline().run(CandidatePipeline.Input.builder(root, List.of(COUNT))
        .useRecipes(false).useModels(true).feedbackRounds(0).build(), listener).get(0);

    assertThat(model.received()).hasSize(1);
    assertThat(r.accepted()).isEqualTo(-1);
    assertThat(listener.events).noneMatch(e -> e.startsWith("feedback:"));
  }

  @Test
  void anAnswerThatCannotBeSplicedIsToldWhy() {
    model.then(Reply.ok("```java\npublic static long count(String s, int from) { return 0; }\n```")).then(Reply.ok(RIGHT));
    CandidatePipeline.TargetResult r = pipeline().run(CandidatePipeline.Input.builder(root, List.of(COUNT))
        .useRecipes(false).useModels(true).build(), listener).get(0);

    assertThat(model.received()).hasSize(2);
    String feedback = messages(model.received().get(1)).get(3).get("content").asText();
    assertThat(feedback).contains("not usable").contains("count");
    assertThat(r.candidates()).hasSize(1);
    assertThat(r.accepted()).isZero();
    assertThat(r.originalSource()).isEqualTo(SOURCE);
  }

  @Test
  void aRepeatedAnswerIsNotValidatedAgain() {
    model.then(Reply.ok(wrong(0))).then(Reply.ok(wrong(0))).then(Reply.ok(RIGHT));
    CandidatePipeline.TargetResult r = pipeline().run(CandidatePipeline.Input.builder(root, List.of(COUNT))
        .useRecipes(false).useModels(true).build(), listener).get(0);

    assertThat(validated).hasSize(2);
    assertThat(model.received()).hasSize(3);
    assertThat(messages(model.received().get(2)).get(5).get("content").asText()).contains("repeats an earlier candidate");
    assertThat(listener.events).anyMatch(e -> e.contains("round 1") && e.contains("repeats an earlier candidate"));
    assertThat(r.accepted()).isEqualTo(1);
    assertThat(r.acceptedCandidate().round()).isEqualTo(2);
  }

  @Test
  void recipeCandidatesAreNeverSentBack() {
    model.then(Reply.ok("```java\npublic static String join(java.util.List<String> items) {\n"
        + "  String s = \"\";\n  for (int i = 0; i < items.size(); i++) s += items.get(i) + '0';\n  return s;\n}\n```"));
    model.then(Reply.ok("```java\npublic static String join(java.util.List<String> items) {\n"
        + "  String s = \"\";\n  for (String it : items) s = s.concat(it) + '0';\n  return s;\n}\n```"));
    CandidatePipeline.TargetResult r = new CandidatePipeline(new Optimizer(SuggestionSource.none(), List.of(client)),
        (request, l) -> {
          validated.add(request);
          return new Verdict(request.id(), false, "not faster", Stage.DECIDED, request.className(),
              request.targetMethods(), null, null, null, null, null, "", 1);
        }, list -> list).run(CandidatePipeline.Input.builder(root, List.of(JOIN)).useModels(true).feedbackRounds(1).build(),
        listener).get(0);

    assertThat(r.candidates()).extracting(Candidate::source)
        .containsExactly("recipe:string-concat-in-loop", "model:scripted", "model:scripted");
    assertThat(r.candidates()).extracting(Candidate::round).containsExactly(0, 0, 1);
    assertThat(model.received()).hasSize(2);
    assertThat(validated).hasSize(3);
  }
}
