package dev.flamefix.optimizer.model;

import dev.flamefix.optimizer.prompt.Prompt;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.InternalServerException;
import dev.langchain4j.exception.RateLimitException;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.output.FinishReason;
import java.net.SocketTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.function.IntFunction;

/**
 * Asks a LangChain4j chat model for candidates: {@code n} calls (seeded 0..n-1 so
 * samples differ), at most {@code maxConcurrency} in flight per client, each retried with
 * exponential backoff on HTTP 429 and 5xx, time-outs reported and not retried. Every call is
 * written to the {@link ExchangeLog}.
 */
public final class ModelClient implements AutoCloseable {
  private final ModelOptions options;
  private final ExchangeLog log;
  private final IntFunction<ChatModel> models;
  private final Semaphore permits;
  private final ExecutorService pool;

  /** A client over the OpenAI-compatible endpoint the options describe (OpenAI or Ollama /v1). */
  public ModelClient(ModelOptions options, ExchangeLog log) {
    this(options, log, seed -> openAi(options, seed));
  }

  /**
   * A client over any LangChain4j chat model; {@code models} builds the model for candidate index
   * i (use it to vary the seed). The model's own retries should be off: this class retries.
   */
  public ModelClient(ModelOptions options, ExchangeLog log, IntFunction<ChatModel> models) {
    this.options = options;
    this.log = log;
    this.models = models;
    this.permits = new Semaphore(options.maxConcurrency(), true);
    this.pool = Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "flamefix-model");
      t.setDaemon(true);
      return t;
    });
  }

  private static ChatModel openAi(ModelOptions o, int seed) {
    OpenAiChatModel.OpenAiChatModelBuilder b =
        OpenAiChatModel.builder()
            .baseUrl(o.openAiCompatibleBaseUrl())
            .apiKey(o.apiKey() == null || o.apiKey().isBlank() ? "none" : o.apiKey())
            .modelName(o.modelName())
            .temperature(o.temperature())
            .maxTokens(o.maxTokens())
            .timeout(o.timeout())
            .maxRetries(0)
            .logRequests(false)
            .logResponses(false);
    // A per-candidate seed makes n samples differ and each one reproducible.
    b.seed(seed);
    return b.build();
  }

  public ModelOptions options() {
    return options;
  }

  /** Asks for {@code options.candidates()} answers; failed calls come back with a non-OK status. */
  public List<ModelAnswer> ask(Prompt prompt) {
    return ask(prompt, options.candidates());
  }

  /** Asks for {@code n} answers in parallel, at most {@code maxConcurrency} in flight. */
  public List<ModelAnswer> ask(Prompt prompt, int n) {
    List<CompletableFuture<ModelAnswer>> futures = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int index = i;
      futures.add(CompletableFuture.supplyAsync(() -> askOnce(prompt, index), pool));
    }
    return futures.stream().map(CompletableFuture::join).toList();
  }

  /** One candidate: acquires a permit, then calls with retries. */
  public ModelAnswer askOnce(Prompt prompt, int index) {
    return call(List.of(SystemMessage.from(prompt.system()), UserMessage.from(prompt.user())), prompt, index);
  }

  /**
   * Continues {@code conversation} with one more user message (a verdict on the model's last
   * answer): the model sees the whole chat, its own earlier answers as assistant messages. The
   * exchange log records the new message as the user message.
   */
  public ModelAnswer askAgain(Conversation conversation, String message, int index) {
    List<ChatMessage> messages = new ArrayList<>();
    for (Conversation.Turn turn : conversation.turns()) {
      messages.add(switch (turn.role()) {
        case SYSTEM -> SystemMessage.from(turn.text());
        case USER -> UserMessage.from(turn.text());
        case ASSISTANT -> AiMessage.from(turn.text());
      });
    }
    messages.add(UserMessage.from(message));
    return call(messages, new Prompt(conversation.turns().get(0).text(), message), index);
  }

  private ModelAnswer call(List<ChatMessage> messages, Prompt prompt, int index) {
    Instant started = Instant.now();
    long t0 = System.nanoTime();
    int attempts = 0;
    Exchange.Status status = Exchange.Status.FAILED;
    String error = null;
    try {
      permits.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return record(prompt, null, false, started, t0, 0, Exchange.Status.FAILED, "interrupted while waiting for a slot");
    }
    try {
      ChatModel model = models.apply(index);
      ChatRequest request = ChatRequest.builder().messages(messages).build();
      while (true) {
        attempts++;
        try {
          ChatResponse response = model.chat(request);
          String text = response.aiMessage() == null ? null : response.aiMessage().text();
          boolean truncated = response.finishReason() == FinishReason.LENGTH;
          return record(prompt, text, truncated, started, t0, attempts, Exchange.Status.OK, null);
        } catch (RuntimeException e) {
          status = classify(e);
          error = scrub(describe(e));
          boolean retryable = status == Exchange.Status.RATE_LIMITED || status == Exchange.Status.SERVER_ERROR;
          if (!retryable || attempts > options.maxRetries()) break;
          long backoff = options.initialBackoff().toMillis() << (attempts - 1);
          Thread.sleep(Math.min(backoff, 30_000));
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      error = "interrupted";
    } finally {
      permits.release();
    }
    return record(prompt, null, false, started, t0, attempts, status, error);
  }

  private ModelAnswer record(
      Prompt prompt, String text, boolean truncated, Instant started, long t0, int attempts, Exchange.Status status, String error) {
    Exchange ex =
        new Exchange(options.label(), prompt.system(), prompt.user(), text, started,
            Duration.ofNanos(System.nanoTime() - t0), attempts, status, error);
    log.add(ex);
    return new ModelAnswer(text, truncated, ex);
  }

  static Exchange.Status classify(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof RateLimitException) return Exchange.Status.RATE_LIMITED;
      if (t instanceof InternalServerException) return Exchange.Status.SERVER_ERROR;
      if (t instanceof HttpException h) {
        if (h.statusCode() == 429) return Exchange.Status.RATE_LIMITED;
        if (h.statusCode() >= 500) return Exchange.Status.SERVER_ERROR;
        return Exchange.Status.FAILED;
      }
      if (t instanceof dev.langchain4j.exception.TimeoutException
          || t instanceof HttpTimeoutException
          || t instanceof SocketTimeoutException
          || t instanceof java.util.concurrent.TimeoutException) {
        return Exchange.Status.TIMEOUT;
      }
    }
    return Exchange.Status.FAILED;
  }

  private static String describe(Throwable e) {
    StringBuilder sb = new StringBuilder();
    for (Throwable t = e; t != null && sb.length() < 600; t = t.getCause()) {
      if (sb.length() > 0) sb.append(" <- ");
      sb.append(t.getClass().getSimpleName()).append(": ").append(t.getMessage());
    }
    return sb.toString();
  }

  private String scrub(String text) {
    String key = options.apiKey();
    return key == null || key.isBlank() || text == null ? text : text.replace(key, "***");
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
