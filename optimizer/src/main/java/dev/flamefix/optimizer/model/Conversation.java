package dev.flamefix.optimizer.model;

import dev.flamefix.optimizer.prompt.Prompt;
import dev.flamefix.optimizer.redact.Redactor;
import dev.flamefix.optimizer.retrieval.Suggestion;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One model's chat about one target, kept with the answer it produced so that a feedback round
 * can continue it: the messages exactly as they were sent and received (redacted when the model's
 * options say so), the redaction that maps them back, and the suggestions of the first prompt.
 * Immutable; each step returns a longer conversation.
 */
public final class Conversation {
  /** Who wrote a message. */
  public enum Role { SYSTEM, USER, ASSISTANT }

  /** One chat message. */
  public record Turn(Role role, String text) {
    public Turn {
      Objects.requireNonNull(role, "role");
      Objects.requireNonNull(text, "text");
    }
  }

  private final String model;
  private final String target;
  private final List<Turn> turns;
  private final int round;
  private final Redactor.Redaction redaction;
  private final List<Suggestion> suggestions;

  private Conversation(String model, String target, List<Turn> turns, int round, Redactor.Redaction redaction,
      List<Suggestion> suggestions) {
    this.model = model;
    this.target = target;
    this.turns = List.copyOf(turns);
    this.round = round;
    this.redaction = redaction;
    this.suggestions = List.copyOf(suggestions);
  }

  /**
   * The first exchange: the prompt and the model's answer to it.
   *
   * @param model the candidate label, {@code model:<name>}
   * @param target the target as requested
   * @param prompt what was sent
   * @param answer the answer text as received
   * @param redaction the redaction the prompt went through, or null
   * @param suggestions the knowledge-base suggestions that were in the prompt
   */
  public static Conversation first(String model, String target, Prompt prompt, String answer,
      Redactor.Redaction redaction, List<Suggestion> suggestions) {
    return new Conversation(model, target, List.of(new Turn(Role.SYSTEM, prompt.system()),
        new Turn(Role.USER, prompt.user()), new Turn(Role.ASSISTANT, answer)), 0, redaction, suggestions);
  }

  /** This conversation with a feedback message and the model's answer to it: the next round. */
  public Conversation continued(String feedback, String answer) {
    List<Turn> next = new ArrayList<>(turns);
    next.add(new Turn(Role.USER, feedback));
    next.add(new Turn(Role.ASSISTANT, answer));
    return new Conversation(model, target, next, round + 1, redaction, suggestions);
  }

  /** The candidate label of the model, {@code model:<name>}. */
  public String model() {
    return model;
  }

  /** The target as requested. */
  public String target() {
    return target;
  }

  /** The messages, oldest first, as sent and received. */
  public List<Turn> turns() {
    return turns;
  }

  /** 0 for the answer to the first prompt, n for the answer after the n-th feedback message. */
  public int round() {
    return round;
  }

  /** The redaction the messages went through, or null when the model sees the code as it is. */
  public Redactor.Redaction redaction() {
    return redaction;
  }

  /** The knowledge-base suggestions of the first prompt. */
  public List<Suggestion> suggestions() {
    return suggestions;
  }
}
