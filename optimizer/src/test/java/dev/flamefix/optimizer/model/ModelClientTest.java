package dev.flamefix.optimizer.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flamefix.optimizer.prompt.Prompt;
import dev.flamefix.optimizer.model.ScriptedChatServer.Reply;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The real LangChain4j OpenAI client against a scripted chat-completions server on loopback. */
class ModelClientTest {
  static final String KEY = "sk-test-secret-123";
  static final Prompt PROMPT = new Prompt("SYSTEM TEXT", "USER TEXT\nwith code");

  ScriptedChatServer server;
  ExchangeLog log;

  @BeforeEach
  void start() throws Exception {
    server = new ScriptedChatServer();
    log = new ExchangeLog();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  ModelOptions.Builder options() {
    return ModelOptions.builder().baseUrl(server.baseUrl()).apiKey(KEY).modelName("coder-7b").temperature(0.3)
        .timeout(Duration.ofSeconds(5)).maxRetries(2).initialBackoff(Duration.ofMillis(20));
  }

  @Test
  void sendsExactlyTheSystemAndUserMessagesWithModelAndTemperature() {
    server.then(Reply.ok("```java\nclass A {}\n```"));
    try (ModelClient client = new ModelClient(options().build(), log)) {
      List<ModelAnswer> answers = client.ask(PROMPT);
      assertThat(answers).hasSize(1);
      assertThat(answers.get(0).ok()).isTrue();
      assertThat(answers.get(0).text()).isEqualTo("```java\nclass A {}\n```");
    }
    var req = server.received().get(0);
    assertThat(req.path()).isEqualTo("/v1/chat/completions");
    assertThat(req.header("Authorization")).isEqualTo("Bearer " + KEY);
    assertThat(req.body().get("model").asText()).isEqualTo("coder-7b");
    assertThat(req.body().get("temperature").asDouble()).isEqualTo(0.3);
    var messages = req.body().get("messages");
    assertThat(messages).hasSize(2);
    assertThat(messages.get(0).get("role").asText()).isEqualTo("system");
    assertThat(messages.get(0).get("content").asText()).isEqualTo("SYSTEM TEXT");
    assertThat(messages.get(1).get("role").asText()).isEqualTo("user");
    assertThat(messages.get(1).get("content").asText()).isEqualTo("USER TEXT\nwith code");
  }

  @Test
  void aServerAnsweringInOrderRepeatsItsLastAnswerAndAnEmptyScriptAnswers500() throws Exception {
    try (ScriptedChatServer answering = ScriptedChatServer.answering("first", "second");
        ModelClient client = new ModelClient(options().baseUrl(answering.baseUrl()).maxRetries(0).build(), log)) {
      assertThat(List.of(client.askOnce(PROMPT, 0).text(), client.askOnce(PROMPT, 0).text(),
          client.askOnce(PROMPT, 0).text())).containsExactly("first", "second", "second");
      answering.answerWith("third");
      assertThat(client.askOnce(PROMPT, 0).text()).isEqualTo("third");
      assertThat(answering.requests()).isEqualTo(4);
    }
    try (ModelClient client = new ModelClient(options().maxRetries(0).build(), log)) {
      ModelAnswer a = client.askOnce(PROMPT, 0);
      assertThat(a.ok()).isFalse();
      assertThat(a.exchange().status()).isEqualTo(Exchange.Status.SERVER_ERROR);
    }
  }

  @Test
  void retriesWithBackoffOn429ThenSucceeds() {
    server.then(Reply.status(429)).then(Reply.status(429)).then(Reply.ok("done"));
    try (ModelClient client = new ModelClient(options().build(), log)) {
      ModelAnswer a = client.askOnce(PROMPT, 0);
      assertThat(a.ok()).isTrue();
      assertThat(a.exchange().attempts()).isEqualTo(3);
      // Backoff 20 ms then 40 ms.
      assertThat(a.exchange().elapsed()).isGreaterThanOrEqualTo(Duration.ofMillis(60));
    }
    assertThat(server.received()).hasSize(3);
  }

  @Test
  void givesUpOnPersistent500AfterMaxRetriesAndRecordsStatus() {
    for (int i = 0; i < 5; i++) server.then(Reply.status(500));
    try (ModelClient client = new ModelClient(options().maxRetries(2).build(), log)) {
      ModelAnswer a = client.askOnce(PROMPT, 0);
      assertThat(a.ok()).isFalse();
      assertThat(a.exchange().status()).isEqualTo(Exchange.Status.SERVER_ERROR);
      assertThat(a.exchange().attempts()).isEqualTo(3);
    }
    assertThat(server.received()).hasSize(3);
  }

  @Test
  void doesNotRetryClientErrors() {
    server.then(Reply.status(400)).then(Reply.ok("never"));
    try (ModelClient client = new ModelClient(options().build(), log)) {
      ModelAnswer a = client.askOnce(PROMPT, 0);
      assertThat(a.exchange().status()).isEqualTo(Exchange.Status.FAILED);
      assertThat(a.exchange().attempts()).isEqualTo(1);
    }
  }

  @Test
  void reportsTimeoutWithoutRetrying() {
    // The answer would come after a minute: a client that waited for it would take that long.
    server.then(Reply.slow("late", 60_000)).then(Reply.ok("never"));
    try (ModelClient client = new ModelClient(options().timeout(Duration.ofMillis(500)).build(), log)) {
      ModelAnswer a = client.askOnce(PROMPT, 0);
      assertThat(a.ok()).isFalse();
      assertThat(a.exchange().status()).isEqualTo(Exchange.Status.TIMEOUT);
      assertThat(a.exchange().attempts()).isEqualTo(1);
      assertThat(a.exchange().elapsed()).isLessThan(Duration.ofSeconds(30));
    }
  }

  @Test
  void marksTruncatedAnswers() {
    server.then(Reply.truncated("```java\nclass A { void f() {"));
    try (ModelClient client = new ModelClient(options().build(), log)) {
      ModelAnswer a = client.askOnce(PROMPT, 0);
      assertThat(a.ok()).isTrue();
      assertThat(a.truncated()).isTrue();
    }
  }

  @Test
  void limitsConcurrencyAndSeedsSeveralCandidates() {
    for (int i = 0; i < 4; i++) server.then(Reply.slow("answer", 200));
    try (ModelClient client = new ModelClient(options().candidates(4).maxConcurrency(2).build(), log)) {
      List<ModelAnswer> answers = client.ask(PROMPT);
      assertThat(answers).hasSize(4).allMatch(ModelAnswer::ok);
    }
    assertThat(server.maxInFlight()).isLessThanOrEqualTo(2);
    assertThat(server.received()).extracting(r -> r.body().get("seed").asInt()).containsExactlyInAnyOrder(0, 1, 2, 3);
  }

  @Test
  void auditLogHasPromptResponseTimingsAndNoSecret() {
    server.then(Reply.status(503)).then(Reply.ok("fine"));
    try (ModelClient client = new ModelClient(options().build(), log)) {
      client.askOnce(PROMPT, 0);
    }
    assertThat(log.all()).hasSize(1);
    Exchange e = log.all().get(0);
    assertThat(e.model()).isEqualTo("model:coder-7b");
    assertThat(e.system()).isEqualTo("SYSTEM TEXT");
    assertThat(e.user()).isEqualTo("USER TEXT\nwith code");
    assertThat(e.response()).isEqualTo("fine");
    assertThat(e.attempts()).isEqualTo(2);
    assertThat(e.elapsed()).isPositive();
    assertThat(e.toString()).doesNotContain(KEY);
    assertThat(options().build().toString()).doesNotContain(KEY).contains("apiKey=***");
  }

  @Test
  void ollamaProviderUsesItsOpenAiCompatibleApiWithoutAKey() {
    server.then(Reply.ok("ollama says hi"));
    ModelOptions o = ModelOptions.builder().provider(ModelOptions.Provider.OLLAMA).baseUrl(server.rootUrl())
        .modelName("qwen2.5-coder:7b").timeout(Duration.ofSeconds(5)).build();
    try (ModelClient client = new ModelClient(o, log)) {
      assertThat(client.askOnce(PROMPT, 0).text()).isEqualTo("ollama says hi");
    }
    var req = server.received().get(0);
    assertThat(req.path()).isEqualTo("/v1/chat/completions");
    assertThat(req.body().get("model").asText()).isEqualTo("qwen2.5-coder:7b");
  }
}
